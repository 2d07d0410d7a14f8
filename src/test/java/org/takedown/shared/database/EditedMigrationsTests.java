package org.takedown.shared.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Databases that ran V40 or V70 as they first landed (the files are kept in {@code src/test/resources/db/as-landed})
 * start on the migrations of today and end with the schema of a database migrated from empty. Each runs in scratch
 * databases of its own next to the test database ({@link ScratchDatabases}), dropped afterwards.
 */
@IntegrationTest
class EditedMigrationsTests {

    static final String MIGRATIONS = "classpath:db/migration";

    @Autowired
    ApplicationContext context;

    @Autowired
    FlywayMigrationStrategy strategy;

    ScratchDatabases scratch;

    @BeforeEach
    void scratchDatabases() {
        this.scratch = new ScratchDatabases(this.context);
    }

    @AfterEach
    void dropDatabases() throws Exception {
        this.scratch.close();
    }

    @Test
    void aDatabaseThatRanV40AsItLandedMigratesToTheSchemaOfANewOne() throws Exception {
        // as on the jurisdictions branch: V1 to V3, then V40 as it landed, before V10, V20 and V30 were merged
        String old = createDatabase();
        this.scratch.flyway(old).locations(MIGRATIONS).target("3").load().migrate();
        asLanded(old, "v40").migrate();
        Flyway today = today(old);
        ValidateResult unrepaired = today.validateWithResult();
        assertThat(unrepaired.validationSuccessful).isFalse();
        assertThat(unrepaired.getAllErrorMessages()).contains("checksum mismatch for migration version 40")
            .contains("not applied to database: 10");

        this.strategy.migrate(today);

        assertThat(today.validateWithResult().validationSuccessful).isTrue();
        assertThat(today.info().pending()).isEmpty();
        assertThat(schema(old)).isEqualTo(schema(migratedFromEmpty()));
    }

    @Test
    void aDatabaseThatRanV70AsItLandedMigratesToTheSchemaOfANewOne() throws Exception {
        // as on the dashboard branch before the (case, seizure date) index was added to V70
        String old = createDatabase();
        this.scratch.flyway(old).locations(MIGRATIONS).target("60").load().migrate();
        asLanded(old, "v70").migrate();
        this.scratch.flyway(old)
            .locations(MIGRATIONS)
            .target("72")
            .validateOnMigrate(false)
            .load()
            .migrate();
        assertThat(index(old, "ix_seized_server_case_seized_on")).isZero();
        Flyway today = today(old);
        assertThat(today.validateWithResult().getAllErrorMessages())
            .contains("checksum mismatch for migration version 70");

        this.strategy.migrate(today);

        assertThat(today.validateWithResult().validationSuccessful).isTrue();
        assertThat(index(old, "ix_seized_server_case_seized_on")).isOne();
        assertThat(schema(old)).isEqualTo(schema(migratedFromEmpty()));
    }

    @Test
    void anyOtherChangeToALandedMigrationStillStopsTheStart() throws Exception {
        String database = migratedFromEmpty();
        JdbcClient.create(this.scratch.owner(database))
            .sql("update flyway_schema_history set checksum = 12345 where version = '40'")
            .update();
        assertThatThrownBy(() -> this.strategy.migrate(today(database))).isInstanceOf(FlywayException.class)
            .hasMessageContaining("checksum mismatch for migration version 40");
    }

    @Test
    void aDatabaseMigratedFromEmptyIsLeftAsItIs() throws Exception {
        String database = migratedFromEmpty();
        List<Integer> checksums = checksums(today(database));

        this.strategy.migrate(today(database));

        assertThat(checksums(today(database))).isEqualTo(checksums);
    }

    String createDatabase() throws Exception {
        return this.scratch.create("edited");
    }

    String migratedFromEmpty() throws Exception {
        String database = createDatabase();
        today(database).migrate();
        return database;
    }

    /** The migrations as the application configures them ({@code spring.flyway.locations}). */
    Flyway today(String database) {
        return this.scratch.flyway(database).locations(MIGRATIONS).load();
    }

    /** Only the file as it landed; the migrations already applied below it are not in its location. */
    Flyway asLanded(String database, String edit) {
        return this.scratch.flyway(database)
            .locations("classpath:db/as-landed/" + edit)
            .ignoreMigrationPatterns("*:missing")
            .load();
    }

    static List<Integer> checksums(Flyway flyway) {
        return Arrays.stream(flyway.info().applied()).map(MigrationInfo::getChecksum).toList();
    }

    long index(String database, String name) {
        return JdbcClient.create(this.scratch.owner(database))
            .sql("select count(*) from pg_indexes where indexname = ?")
            .param(name)
            .query(Long.class)
            .single();
    }

    /** Tables, columns, indexes, constraints, triggers, functions, views and the seeded jurisdictions. */
    List<String> schema(String database) {
        JdbcClient jdbc = JdbcClient.create(this.scratch.owner(database));
        List<String> schema = new ArrayList<>();
        for (String query : List.of(
                "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                        + " || coalesce(column_default, '') from information_schema.columns"
                        + " where table_schema = 'public' order by 1",
                "select indexdef from pg_indexes where schemaname = 'public' order by 1",
                "select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                        + " where connamespace = 'public'::regnamespace order by 1",
                "select pg_get_triggerdef(oid) from pg_trigger where not tgisinternal order by 1",
                "select pg_get_functiondef(oid) from pg_proc where pronamespace = 'public'::regnamespace"
                        + " and prokind = 'f' order by 1",
                "select viewname || ' ' || definition from pg_views where schemaname = 'public' order by 1",
                "select sequence_name || ' ' || increment from information_schema.sequences order by 1",
                "select count(*) || ' jurisdictions' from jurisdiction")) {
            schema.addAll(jdbc.sql(query).query(String.class).list());
        }
        return schema;
    }

}
