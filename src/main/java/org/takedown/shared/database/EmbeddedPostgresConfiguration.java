package org.takedown.shared.database;

import java.io.File;
import java.io.IOException;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 inside the application when no external database is configured, so that a fresh
 * machine needs no server. Every connection needs a password; the application connects as its own role and Flyway
 * as the schema's owner ({@link EmbeddedPostgresAccess}). Setting {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) switches it off and Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresAccess embeddedPostgresAccess(EmbeddedPostgresProperties properties, Environment environment)
            throws IOException {
        File dataDirectory = StringUtils.hasText(properties.dataDirectory()) ? directory(properties.dataDirectory())
                : null;
        return EmbeddedPostgresAccess.of(dataDirectory, EmbeddedPostgresAccess.applicationRole(environment));
    }

    /** Stops a leftover server in the data directory first, and can start PostgreSQL again should it die. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties, EmbeddedPostgresAccess access)
            throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (StringUtils.hasText(properties.workingDirectory())) {
            builder.setOverrideWorkingDirectory(directory(properties.workingDirectory()));
        }
        if (access.throwAway()) {
            log.info("Starting embedded PostgreSQL with a throw-away data directory");
        }
        else {
            log.info("Starting embedded PostgreSQL with data in {}", access.dataDirectory());
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
        access.requirePasswords(builder);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder, access.dataDirectory().toPath(),
                access.throwAway());
        try {
            access.secure(server.postgres());
        }
        catch (IOException | SQLException | RuntimeException ex) {
            server.close();
            throw ex;
        }
        return server;
    }

    /** The server's instance; its server stops it, and a restart keeps its port and data directory. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresServer server) {
        return server.postgres();
    }

    /** The application's connections: its own role, which reads and writes rows and nothing else (V200). */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresAccess access) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedPostgresAccess.jdbcUrl(postgres));
        dataSource.setUsername(access.applicationRole());
        dataSource.setPassword(access.applicationPassword());
        dataSource.setPoolName("takedown-embedded");
        dataSource.setMaximumPoolSize(10);
        // as for an external database (application.yml): no values of records in the driver's error messages
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    /** Flyway migrates as the schema's owner, on connections of its own that it closes when it is done. */
    @Bean
    FlywayConnectionDetails schemaOwnerConnectionDetails(EmbeddedPostgres postgres, EmbeddedPostgresAccess access) {
        String url = EmbeddedPostgresAccess.jdbcUrl(postgres);
        String password = access.ownerPassword();
        return new FlywayConnectionDetails() {

            @Override
            public String getUsername() {
                return EmbeddedPostgresAccess.OWNER;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }

        };
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
