package org.takedown.shared.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the embedded PostgreSQL running under the application: a watchdog that starts it again when it dies, and
 * the {@code db} health that reports it down meanwhile (it replaces Spring Boot's, which is named the same).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresSupervision {

    @Bean
    EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server) {
        return new EmbeddedPostgresWatchdog(server);
    }

    @Bean
    EmbeddedPostgresHealthIndicator dbHealthIndicator(EmbeddedPostgresServer server, DataSource dataSource) {
        return new EmbeddedPostgresHealthIndicator(server, dataSource);
    }

}
