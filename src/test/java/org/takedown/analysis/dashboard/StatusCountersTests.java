package org.takedown.analysis.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counters of servers per country and status (V71) and of defendants per legal status (V72) stay equal
 * to a recount whatever changes (rolled back after), and so does the number of cases (V260).
 */
@IntegrationTest
@Transactional
class StatusCountersTests {

    private static final String SERVER_RECOUNT = """
            select country_code, status, count(*) as servers from seized_server where voided_at is null
            group by country_code, status order by 1, 2""";

    private static final String SERVER_COUNTERS = """
            select country_code, status, servers from server_status_activity where servers <> 0 order by 1, 2""";

    private static final String DEFENDANT_RECOUNT = """
            select legal_status, count(*) as defendants from defendant where merged_into_id is null
            group by legal_status order by 1""";

    private static final String DEFENDANT_COUNTERS = """
            select legal_status, defendants from defendant_status_activity where defendants <> 0 order by 1""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardFixtures fixtures;

    @Test
    void countersEqualARecount() {
        assertThat(rows(SERVER_COUNTERS)).isEqualTo(rows(SERVER_RECOUNT));
        assertThat(rows(DEFENDANT_COUNTERS)).isEqualTo(rows(DEFENDANT_RECOUNT));
    }

    @Test
    void serverCountersFollowInsertsStatusChangesMovesAndDeletes() {
        long caseId = this.fixtures.enforcementCase();
        this.fixtures.servers(caseId, null, "NR", "SEIZED", LocalDate.of(2020, 1, 1), 5);
        this.fixtures.servers(caseId, null, "TV", "IMAGED", null, 2);
        assertThat(rows(SERVER_COUNTERS)).isEqualTo(rows(SERVER_RECOUNT));

        this.jdbc.sql("update seized_server set status = 'OFFLINE' where case_id = ? and hostname = "
                + "(select min(hostname) from seized_server where case_id = ? and country_code = 'NR')")
            .params(caseId, caseId)
            .update();
        this.jdbc.sql("update seized_server set country_code = 'NR' where case_id = ? and country_code = 'TV'")
            .param(caseId)
            .update();
        // an update that moves nothing between counters
        this.jdbc.sql("update seized_server set hostname = hostname || '.moved' where case_id = ?").param(caseId).update();
        assertThat(serverCount("NR", "SEIZED")).isEqualTo(4);
        assertThat(serverCount("NR", "OFFLINE")).isEqualTo(1);
        assertThat(serverCount("NR", "IMAGED")).isEqualTo(2);
        assertThat(serverCount("TV", "IMAGED")).isZero();
        assertThat(rows(SERVER_COUNTERS)).isEqualTo(rows(SERVER_RECOUNT));

        // the application deletes no case data (V230): voiding is, for the counters, a removal
        this.jdbc.sql("update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'test' "
                + "where case_id = ? and status = 'SEIZED'").param(caseId).update();
        assertThat(serverCount("NR", "SEIZED")).isZero();
        assertThat(rows(SERVER_COUNTERS)).isEqualTo(rows(SERVER_RECOUNT));
    }

    @Test
    void defendantCountersFollowInsertsStatusChangesAndDeletes() {
        long caseId = this.fixtures.enforcementCase();
        this.fixtures.defendants(caseId, "WANTED", null, 3);
        this.fixtures.defendants(caseId, "CONVICTED", "LV", 2);
        assertThat(rows(DEFENDANT_COUNTERS)).isEqualTo(rows(DEFENDANT_RECOUNT));

        this.jdbc.sql("update defendant set legal_status = 'ARRESTED' where legal_status = 'WANTED' and id in "
                + "(select defendant_id from case_defendant where case_id = ?)").param(caseId).update();
        assertThat(rows(DEFENDANT_COUNTERS)).isEqualTo(rows(DEFENDANT_RECOUNT));

        this.jdbc.sql("delete from defendant where id in (select defendant_id from case_defendant where case_id = ?)")
            .param(caseId)
            .update();
        assertThat(rows(DEFENDANT_COUNTERS)).isEqualTo(rows(DEFENDANT_RECOUNT));
    }

    @Test
    void caseTotalFollowsInsertsVoidsAndRestores() {
        String recount = "select count(*) from enforcement_case where voided_at is null";
        String counter = "select cases from case_total";
        long before = this.jdbc.sql(counter).query(Long.class).single();
        assertThat(before).isEqualTo(this.jdbc.sql(recount).query(Long.class).single());

        long caseId = this.fixtures.enforcementCase();
        this.fixtures.enforcementCase();
        assertThat(this.jdbc.sql(counter).query(Long.class).single()).isEqualTo(before + 2);

        this.jdbc.sql("update enforcement_case set voided_at = now(), voided_by = 'test', void_reason = 'test' "
                + "where id = ?").param(caseId).update();
        assertThat(this.jdbc.sql(counter).query(Long.class).single()).isEqualTo(before + 1);
        // an update that changes no case's standing
        this.jdbc.sql("update enforcement_case set title = title where id = ?").param(caseId).update();
        this.jdbc.sql("update enforcement_case set voided_at = null, voided_by = null, void_reason = null "
                + "where id = ?").param(caseId).update();
        assertThat(this.jdbc.sql(counter).query(Long.class).single()).isEqualTo(before + 2)
            .isEqualTo(this.jdbc.sql(recount).query(Long.class).single());
    }

    private long serverCount(String country, String status) {
        return this.jdbc.sql("select coalesce(sum(servers), 0) from server_status_activity "
                + "where country_code = ? and status = ?").params(country, status).query(Long.class).single();
    }

    private List<Map<String, Object>> rows(String sql) {
        return this.jdbc.sql(sql).query().listOfRows();
    }

}
