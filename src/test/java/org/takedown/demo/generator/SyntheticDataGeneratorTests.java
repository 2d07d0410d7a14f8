package org.takedown.demo.generator;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.shared.database.ScratchDatabases;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the generator small in a database of its own (created next to the test database on the same embedded
 * PostgreSQL, migrated by Flyway, dropped afterwards), so the shared test data stays as it is.
 */
@IntegrationTest
class SyntheticDataGeneratorTests {

    @Autowired
    ApplicationContext context;

    ScratchDatabases scratch;

    /** The schema owner's connections to the scratch database: the generator loads as the owner (docs/scale.md). */
    DataSource owner;

    @BeforeEach
    void createDatabase() throws Exception {
        this.scratch = new ScratchDatabases(this.context);
        String database = this.scratch.create("synthetic");
        this.scratch.flyway(database).locations("classpath:db/migration").load().migrate();
        this.owner = this.scratch.owner(database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        this.scratch.close();
    }

    @Test
    void fillsEveryTableWithTheRequestedSizesAndEveryConstraintHolds() throws Exception {
        List<String> indexesBefore = indexes(JdbcClient.create(this.owner));
        SyntheticDataGenerator.Result result;
        try (Connection connection = this.owner.getConnection()) {
            result = new SyntheticDataGenerator(7, LocalDate.of(2026, 6, 1)).generate(connection,
                    new SyntheticDataGenerator.Sizes(20, 60, 200, 50));
        }
        JdbcClient jdbc = JdbcClient.create(this.owner);
        assertThat(count(jdbc, "enforcement_case")).isEqualTo(20);
        assertThat(count(jdbc, "raid")).isEqualTo(60);
        assertThat(count(jdbc, "seized_server")).isEqualTo(200);
        assertThat(count(jdbc, "defendant")).isEqualTo(50);
        assertThat(count(jdbc, "agency")).isEqualTo(result.agencies()).isGreaterThan(4 * 249);
        // one first history row each
        assertThat(count(jdbc, "case_status_change")).isEqualTo(20);
        assertThat(count(jdbc, "server_status_change")).isEqualTo(200);
        assertThat(count(jdbc, "defendant_status_change")).isEqualTo(50);
        assertThat(count(jdbc, "case_defendant")).isEqualTo(result.caseLinks()).isGreaterThanOrEqualTo(50);
        assertThat(count(jdbc, "charge")).isEqualTo(result.charges()).isPositive();
        assertThat(count(jdbc, "defendant_alias")).isEqualTo(result.aliases());
        // every constraint was checked while copying; check again that none is merely deferred or disabled
        assertThat(jdbc.sql("select count(*) from pg_constraint where not convalidated").query(Long.class).single())
            .isZero();
        assertThat(jdbc.sql("select count(*) from pg_trigger where not tgenabled::text = 'O' and tgisinternal")
            .query(Long.class)
            .single()).isZero();
        // the secondary indexes it builds after the load are the ones the schema had, every one valid
        assertThat(indexes(jdbc)).isEqualTo(indexesBefore).hasSizeGreaterThan(50);
        assertThat(jdbc.sql("select count(*) from pg_index where not indisvalid").query(Long.class).single()).isZero();
        // the data points only at rows that exist, where the schema cannot say so itself
        assertThat(jdbc.sql("""
                select count(*) from seized_server s join raid r on r.id = s.raid_id
                where r.case_id <> s.case_id
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from charge c
                where not exists (select 1 from case_defendant cd
                                  where cd.case_id = c.case_id and cd.defendant_id = c.defendant_id)
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from seized_server where hostname not like '%.example'")
            .query(Long.class)
            .single()).isZero();
        // identity sequences continue after the copied ids
        Map<String, Object> next = jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values ('TKD-1999-0001', 'After the load', 'INVESTIGATION', 'x', (select min(id) from agency),
                        date '1999-01-01') returning id, (select max(id) from enforcement_case) as previous_max
                """).query().singleRow();
        assertThat(((Number) next.get("id")).longValue()).isGreaterThan(((Number) next.get("previous_max")).longValue());
        // and the planner was told the new sizes
        assertThat(jdbc.sql("select last_analyze is not null from pg_stat_user_tables where relname = 'seized_server'")
            .query(Boolean.class)
            .single()).isTrue();
    }

    @Test
    void runsAgainOnTheSameDatabaseWithoutBreakingUniqueReferencesOrHostnames() throws Exception {
        try (Connection connection = this.owner.getConnection()) {
            new SyntheticDataGenerator(1).generate(connection, new SyntheticDataGenerator.Sizes(30, 10, 50, 10));
            new SyntheticDataGenerator(1).generate(connection, new SyntheticDataGenerator.Sizes(30, 10, 50, 10));
        }
        JdbcClient jdbc = JdbcClient.create(this.owner);
        assertThat(count(jdbc, "enforcement_case")).isEqualTo(60);
        assertThat(count(jdbc, "seized_server")).isEqualTo(100);
        assertThat(jdbc.sql("select count(distinct reference) from enforcement_case").query(Long.class).single())
            .isEqualTo(60);
    }

    private static List<String> indexes(JdbcClient jdbc) {
        return jdbc.sql("select indexdef from pg_indexes where schemaname = current_schema() order by indexname")
            .query(String.class)
            .list();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

}
