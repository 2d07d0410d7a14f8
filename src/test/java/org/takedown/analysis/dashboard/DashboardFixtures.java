package org.takedown.analysis.dashboard;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a test case with its raids, servers and defendants straight into the tables, so that the dashboard's counts
 * can be checked for data no other test has. Use inside a test transaction: the rows vanish with it.
 */
@Component
class DashboardFixtures {

    private final JdbcClient jdbc;

    DashboardFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long enforcementCase() {
        long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
        String reference = "TKD-2099-" + (100000 + ThreadLocalRandom.current().nextInt(899999));
        return this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (:reference, :title, 'OPERATIONAL', 'Dashboard test case', :agency, date '2019-01-01')
                returning id""")
            .param("reference", reference)
            .param("title", "Dashboard test " + reference)
            .param("agency", agency)
            .query(Long.class)
            .single();
    }

    String reference(long caseId) {
        return this.jdbc.sql("select reference from enforcement_case where id = ?")
            .param(caseId)
            .query(String.class)
            .single();
    }

    long raid(long caseId, String jurisdiction, LocalDate date) {
        return this.jdbc.sql("""
                insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                values (:caseId, :jurisdiction, 'COMPLETED', :date, 'UTC', 'MLAT') returning id""")
            .param("caseId", caseId)
            .param("jurisdiction", jurisdiction)
            .param("date", date)
            .query(Long.class)
            .single();
    }

    /** {@code count} servers seized in a raid, in the raid's country unless {@code country} says otherwise. */
    void servers(long caseId, Long raidId, String country, String status, LocalDate seizedOn, int count) {
        this.jdbc.sql("""
                insert into seized_server (case_id, raid_id, country_code, hostname, role, status, seized_on)
                select :caseId, :raidId, :country, 'dash-' || :caseId || '-' || :prefix || '-' || n || '.example',
                       'STORAGE', :status, :seizedOn
                from generate_series(1, :count) as n""")
            .param("caseId", caseId)
            .param("raidId", raidId)
            .param("country", country)
            .param("prefix", Long.toString(System.nanoTime(), 36))
            .param("status", status)
            .param("seizedOn", seizedOn)
            .param("count", count)
            .update();
    }

    /** {@code count} defendants of the case with this legal status, held in {@code custody} (or nowhere). */
    void defendants(long caseId, String status, String custody, int count) {
        this.jdbc.sql("""
                with created as (
                    insert into defendant (full_name, legal_status, custody_jurisdiction_code)
                    select 'Dashboard defendant ' || n, :status, :custody from generate_series(1, :count) as n
                    returning id)
                insert into case_defendant (case_id, defendant_id, role, since)
                select :caseId, id, 'DEFENDANT', date '2020-09-01' from created""")
            .param("caseId", caseId)
            .param("status", status)
            .param("custody", custody)
            .param("count", count)
            .update();
    }

}
