package org.takedown.jurisdictions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-country counters stay equal to a recount whatever is inserted, moved or deleted (rolled back after). */
@IntegrationTest
@Transactional
class CountryActivityTests {

    private static final String RECOUNT = """
            select c.code,
                   (select count(*) from raid r join jurisdiction j on j.code = r.jurisdiction_code
                    where j.country_code = c.code and r.voided_at is null) as raids,
                   (select count(*) from seized_server s join jurisdiction j on j.code = s.country_code
                    where j.country_code = c.code and s.voided_at is null) as servers,
                   (select count(*) from defendant d join jurisdiction j on j.code = d.custody_jurisdiction_code
                    where j.country_code = c.code and d.merged_into_id is null) as in_custody
            from jurisdiction c where c.kind = 'COUNTRY' order by c.code
            """;

    private static final String COUNTERS = """
            select c.code, coalesce(a.raids, 0) as raids, coalesce(a.servers, 0) as servers,
                   coalesce(a.in_custody, 0) as in_custody
            from jurisdiction c left join country_activity a on a.country_code = c.code
            where c.kind = 'COUNTRY' order by c.code
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countersEqualARecountOfTheDemoData() {
        assertThat(rows(COUNTERS)).isEqualTo(rows(RECOUNT));
    }

    @Test
    void countersFollowInsertsMovesAndDeletesInTheSameTransaction() {
        long agency = this.jdbc.sql("insert into agency (name, kind, jurisdiction_code) values "
                + "('Nauru Police Force', 'POLICE', 'NR') returning id").query(Long.class).single();
        long caseId = this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values ('TKD-1999-9002', 'Counter case', 'INVESTIGATION', 'x', :agency, date '1999-01-01') returning id
                """).param("agency", agency).query(Long.class).single();
        this.jdbc.sql("""
                insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                select :case, j, 'PLANNED', date '2001-01-01', 'UTC', 'WARRANT'
                from unnest(array['NR', 'NR', 'TV', 'US-KS']) j
                """).param("case", caseId).update();
        this.jdbc.sql("""
                insert into seized_server (case_id, country_code, hostname, role, status)
                select :case, c, 'counter-' || n || '.example', 'PROXY', 'IDENTIFIED'
                from unnest(array['NR', 'NR', 'NR', 'TV']) with ordinality as x(c, n)
                """).param("case", caseId).update();
        this.jdbc.sql("""
                insert into defendant (full_name, legal_status, custody_jurisdiction_code)
                values ('Counter One', 'IN_CUSTODY', 'NR'), ('Counter Two', 'IN_CUSTODY', 'TV'),
                       ('Counter Three', 'AT_LARGE', null)
                """).update();
        assertThat(counters("NR")).containsExactly(2L, 3L, 1L);
        assertThat(rows(COUNTERS)).isEqualTo(rows(RECOUNT));

        // moves between countries, and an update that moves nothing
        this.jdbc.sql("update seized_server set country_code = 'TV' where hostname = 'counter-1.example'").update();
        this.jdbc.sql("update seized_server set status = 'SEIZED' where hostname like 'counter-%'").update();
        this.jdbc.sql("update raid set jurisdiction_code = 'US-NYSD' where jurisdiction_code = 'TV' and case_id = :case")
            .param("case", caseId)
            .update();
        this.jdbc.sql("update defendant set custody_jurisdiction_code = 'US-KS' where full_name = 'Counter One'")
            .update();
        this.jdbc.sql("update defendant set custody_jurisdiction_code = 'NR' where full_name = 'Counter Three'")
            .update();
        assertThat(counters("NR")).containsExactly(2L, 2L, 1L);
        assertThat(counters("TV")).containsExactly(0L, 2L, 1L);
        assertThat(rows(COUNTERS)).isEqualTo(rows(RECOUNT));

        // the application deletes no case data (V230): voiding is, for the counters, a removal
        this.jdbc.sql("""
                update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'test'
                where case_id = :case""").param("case", caseId).update();
        this.jdbc.sql("""
                update raid set voided_at = now(), voided_by = 'test', void_reason = 'test'
                where case_id = :case""").param("case", caseId).update();
        this.jdbc.sql("delete from defendant where full_name like 'Counter %'").update();
        assertThat(counters("NR")).containsExactly(0L, 0L, 0L);
        assertThat(rows(COUNTERS)).isEqualTo(rows(RECOUNT));
    }

    private List<Long> counters(String country) {
        Map<String, Object> row = this.jdbc
            .sql("select raids, servers, in_custody from country_activity where country_code = ?")
            .param(country)
            .query()
            .singleRow();
        return List.of(((Number) row.get("raids")).longValue(), ((Number) row.get("servers")).longValue(),
                ((Number) row.get("in_custody")).longValue());
    }

    private List<Map<String, Object>> rows(String sql) {
        return this.jdbc.sql(sql).query().listOfRows();
    }

}
