package org.takedown.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Lets a database created before two migrations were edited after they landed start again without manual work.
 * Flyway refuses to migrate a database whose recorded checksum of a migration differs from the file's; this aligns
 * exactly those two records, and only when they hold the checksum of the file as it first landed:
 * <ul>
 * <li>{@code V40} as it landed (on the jurisdictions branch, then on main before the case pages were merged) also
 * created {@code ix_seized_server_country_case}, which {@code V10} creates alike. The edit dropped that statement, so
 * {@code V40} itself makes the same schema as before. Such a database ran {@code V40} before the lower {@code V10},
 * {@code V20} and {@code V30} existed: they are applied out of order, once, after the index {@code V40} made in
 * {@code V10}'s place is dropped for {@code V10} to create it. The database ends as one migrated from empty.</li>
 * <li>{@code V70} as it landed lacked {@code ix_seized_server_case_seized_on}; {@code V190} creates it where it is
 * missing.</li>
 * </ul>
 * Any other difference still stops the start, as Flyway's validation does: migrations stay as they landed
 * ({@code MigrationChecksumTests}).
 */
@Component
class EditedMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(EditedMigrations.class);

    /** Flyway's checksums of the two files as they first landed. */
    static final Map<String, Integer> AS_LANDED = Map.of("40", 185533171, "70", -1952488474);

    /** Merged into main after V40 had landed there, so a database from then ran V40 without them. */
    static final Set<String> MERGED_BELOW_V40 = Set.of("10", "20", "30");

    /** Created by V40 as it landed, and by V10. */
    static final String INDEX_OF_V10_MADE_BY_V40 = "ix_seized_server_country_case";

    @Override
    public void migrate(Flyway flyway) {
        Map<String, MigrationInfo> migrations = Arrays.stream(flyway.info().all())
            .filter((migration) -> migration.getVersion() != null)
            .collect(Collectors.toMap((migration) -> migration.getVersion().getVersion(), Function.identity(),
                    (first, second) -> first));
        List<String> asLanded = AS_LANDED.entrySet()
            .stream()
            .filter((edited) -> isAppliedAs(migrations.get(edited.getKey()), edited.getValue()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
        List<String> skipped = migrations.values()
            .stream()
            .filter((migration) -> migration.getState() == MigrationState.IGNORED)
            .sorted()
            .map((migration) -> migration.getVersion().getVersion())
            .toList();
        MigrationInfo v40 = migrations.get("40");
        boolean beforeV10 = !skipped.isEmpty() && MERGED_BELOW_V40.containsAll(skipped) && v40 != null
                && v40.isApplied();
        if (!asLanded.isEmpty() || beforeV10) {
            bringForward(flyway.getConfiguration(), migrations, asLanded, beforeV10 && skipped.contains("10"));
        }
        if (beforeV10) {
            log.warn("Applying migrations {} out of order: this database ran V40 before they were merged", skipped);
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .outOfOrder(true)
                .load()
                .migrate();
        }
        else {
            flyway.migrate();
        }
    }

    private static boolean isAppliedAs(MigrationInfo migration, int checksum) {
        return migration != null && migration.isApplied() && Objects.equals(migration.getAppliedChecksum(), checksum)
                && migration.getResolvedChecksum() != null;
    }

    /** One transaction: the checksums of the files as they are now, and the index V10 is about to create. */
    private static void bringForward(Configuration configuration, Map<String, MigrationInfo> migrations,
            List<String> asLanded, boolean dropIndexOfV10) {
        String schema = schema(configuration);
        String history = ((schema != null) ? quote(schema) + "." : "") + quote(configuration.getTable());
        try (Connection connection = configuration.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection
                .prepareStatement("update " + history + " set checksum = ? where version = ? and checksum = ?")) {
                for (String version : asLanded) {
                    log.warn("V{} is recorded as it first landed; recording the checksum of its edited file", version);
                    update.setInt(1, migrations.get(version).getResolvedChecksum());
                    update.setString(2, version);
                    update.setInt(3, AS_LANDED.get(version));
                    update.executeUpdate();
                }
            }
            if (dropIndexOfV10) {
                try (Statement drop = connection.createStatement()) {
                    drop.execute("drop index if exists " + ((schema != null) ? quote(schema) + "." : "")
                            + quote(INDEX_OF_V10_MADE_BY_V40));
                }
            }
            connection.commit();
        }
        catch (SQLException ex) {
            throw new FlywayException("Could not bring forward the migrations edited after they landed", ex);
        }
    }

    private static String schema(Configuration configuration) {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        return (configuration.getSchemas().length > 0) ? configuration.getSchemas()[0] : null;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

}
