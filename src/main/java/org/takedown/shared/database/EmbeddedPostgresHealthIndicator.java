package org.takedown.shared.database;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

/**
 * The {@code db} health of the embedded database: DOWN at once while its postmaster is dead or being started again,
 * instead of after the connection pool has waited out its connection timeout (30 seconds), and otherwise Spring
 * Boot's own check of the data source.
 */
class EmbeddedPostgresHealthIndicator implements HealthIndicator {

    private final EmbeddedPostgresServer server;

    private final DataSourceHealthIndicator dataSource;

    EmbeddedPostgresHealthIndicator(EmbeddedPostgresServer server, DataSource dataSource) {
        this.server = server;
        this.dataSource = new DataSourceHealthIndicator(dataSource);
    }

    @Override
    public Health health() {
        if (this.server.state() != EmbeddedPostgresServer.State.RUNNING || !this.server.isPostmasterAlive()) {
            return Health.down()
                .withDetail("embeddedPostgres", "not running; the watchdog starts it again")
                .withDetail("restarts", this.server.restarts())
                .build();
        }
        Health health = this.dataSource.health();
        return Health.status(health.getStatus())
            .withDetails(health.getDetails())
            .withDetail("restarts", this.server.restarts())
            .build();
    }

}
