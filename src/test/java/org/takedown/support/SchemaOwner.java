package org.takedown.support;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema owner's connections, the ones Flyway migrates with, for what a test needs and the application's own role
 * may not do: read Flyway's history, remove the status history rows a test wrote, show that the append-only triggers
 * stop even the owner.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    public static JdbcClient jdbc(Flyway flyway) {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }

}
