package org.takedown.shared.database;

import java.io.File;
import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 inside the application when no external database is configured, so that a fresh
 * machine needs no server. Setting {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) switches it off
 * and Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (StringUtils.hasText(properties.workingDirectory())) {
            builder.setOverrideWorkingDirectory(directory(properties.workingDirectory()));
        }
        if (StringUtils.hasText(properties.dataDirectory())) {
            File dataDirectory = directory(properties.dataDirectory());
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        }
        else {
            log.info("Starting embedded PostgreSQL with a throw-away data directory");
        }
        // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit=off; these -c options come after -F and win
        String durable = properties.unsafeWithoutFsync() ? "off" : "on";
        builder.setServerConfig("fsync", durable)
            .setServerConfig("synchronous_commit", durable)
            .setServerConfig("full_page_writes", durable)
            // the server's log, which reaches the application's, holds no values: no statement errors (whose message
            // can quote a refused value; the application logs them without), no DETAIL, no statement text
            .setServerConfig("log_min_messages", "log")
            .setServerConfig("log_error_verbosity", "terse")
            .setServerConfig("log_min_error_statement", "panic");
        if (properties.unsafeWithoutFsync()) {
            log.warn("Embedded PostgreSQL runs without fsync: a crash of the machine can lose confirmed writes");
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("takedown-embedded");
        dataSource.setMaximumPoolSize(10);
        // as for an external database (application.yml): no values of records in the driver's error messages
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    private static File directory(String path) throws IOException {
        File directory = new File(path).getAbsoluteFile();
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new IOException("Cannot create directory " + directory);
        }
        return directory;
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }

    }

}
