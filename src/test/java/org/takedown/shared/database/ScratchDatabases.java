package org.takedown.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.context.ApplicationContext;

/**
 * Databases of their own next to the test database in the embedded PostgreSQL, for tests that create, migrate and fill
 * whole databases. The superuser creates each one for the schema owner, who migrates and fills it as in the
 * application; {@link #close} drops them.
 */
public final class ScratchDatabases implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private final EmbeddedPostgresAccess access;

    private final Flyway application;

    private final List<String> databases = new ArrayList<>();

    /** From the application's embedded PostgreSQL and its Flyway, whose placeholders the migrations need. */
    public ScratchDatabases(ApplicationContext context) {
        this.postgres = context.getBean(EmbeddedPostgres.class);
        this.access = context.getBean(EmbeddedPostgresAccess.class);
        this.application = context.getBean(Flyway.class);
    }

    /** A new empty database whose name starts with {@code prefix}. */
    public String create(String prefix) throws SQLException {
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        execute("create database " + database + " owner " + EmbeddedPostgresAccess.OWNER);
        this.databases.add(database);
        return database;
    }

    /** Connections to {@code database} as the schema owner. */
    public DataSource owner(String database) {
        return this.postgres.getDatabase(EmbeddedPostgresAccess.OWNER, database,
                Map.of("password", this.access.ownerPassword()));
    }

    /** Flyway on {@code database} as the schema owner, with the application's placeholders and no location yet. */
    public FluentConfiguration flyway(String database) {
        return Flyway.configure()
            .placeholders(this.application.getConfiguration().getPlaceholders())
            .dataSource(owner(database));
    }

    @Override
    public void close() throws SQLException {
        for (String database : this.databases) {
            execute("drop database if exists " + database + " with (force)");
        }
        this.databases.clear();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = this.postgres.getDatabase(EmbeddedPostgresAccess.SUPERUSER,
                EmbeddedPostgresAccess.DATABASE)
            .getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
