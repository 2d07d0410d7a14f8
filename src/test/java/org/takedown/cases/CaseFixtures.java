package org.takedown.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the case pages, written with plain SQL so that hundreds of rows cost one statement. References use
 * the years 1900–1999, which the application never suggests, and a random base so that runs do not collide.
 */
final class CaseFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));

    private final JdbcClient jdbc;

    CaseFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long agency(String acronym) {
        return this.jdbc.sql("select id from agency where acronym = :acronym").param("acronym", acronym)
            .query(Long.class)
            .single();
    }

    long hsi() {
        return agency("HSI");
    }

    /** A fresh, unused reference such as {@code TKD-1957-123456}. */
    static String reference() {
        int n = NEXT.incrementAndGet();
        return "TKD-19%02d-%06d".formatted(n % 100, n);
    }

    /** Inserts {@code count} cases titled {@code title + " " + i}; returns their ids. */
    List<Long> cases(int count, String title, CaseStatus status, String summary) {
        int base = NEXT.getAndAdd(count + 1);
        return this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on, closed_on)
                select 'TKD-1990-' || lpad((:base + g)::text, 7, '0'), :title || ' ' || g, :status, :summary, :agency,
                       date '2020-01-01', case when :status = 'CLOSED' then date '2021-01-01' end
                from generate_series(1, :count) g
                returning id
                """)
            .param("base", base)
            .param("title", title)
            .param("status", status.name())
            .param("summary", summary)
            .param("agency", hsi())
            .param("count", count)
            .query(Long.class)
            .list();
    }

    long oneCase(String title, CaseStatus status) {
        return cases(1, title, status, "Summary of " + title).get(0);
    }

    long raid(long caseId, String jurisdictionCode, LocalDate date) {
        return this.jdbc.sql("""
                insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                values (:caseId, :jurisdiction, 'COMPLETED', :date, 'UTC', 'MLAT')
                returning id
                """)
            .param("caseId", caseId)
            .param("jurisdiction", jurisdictionCode)
            .param("date", date)
            .query(Long.class)
            .single();
    }

    /** Inserts {@code count} servers in one country, none linked to a raid. */
    void servers(long caseId, String countryCode, int count, LocalDate seizedOn) {
        this.jdbc.sql("""
                insert into seized_server (case_id, country_code, hostname, role, status, seized_on)
                select :caseId, :country, 'srv' || g || '-' || :tag || '.test.example', 'STORAGE', 'SEIZED', :seizedOn
                from generate_series(1, :count) g
                """)
            .param("caseId", caseId)
            .param("country", countryCode)
            .param("tag", NEXT.incrementAndGet())
            .param("seizedOn", seizedOn)
            .param("count", count)
            .update();
    }

    /** Gives every case whose title starts with {@code titlePrefix} one server in the country. */
    void serverForEachCase(String titlePrefix, String countryCode) {
        this.jdbc.sql("""
                insert into seized_server (case_id, country_code, hostname, role, status)
                select id, :country, 'each-' || id || '.test.example', 'STORAGE', 'SEIZED'
                from enforcement_case where title like :prefix
                """).param("country", countryCode).param("prefix", titlePrefix + "%").update();
    }

    /** Inserts {@code count} defendants of the case, each with one alias, in one statement. */
    void defendants(long caseId, int count) {
        this.jdbc.sql("""
                with d as (
                    insert into defendant (full_name, nationality_code, legal_status)
                    select 'Defendant ' || lpad(g::text, 4, '0'), 'LV', 'WANTED' from generate_series(1, :count) g
                    returning id),
                cd as (insert into case_defendant (case_id, defendant_id, role, since)
                      select :caseId, id, 'DEFENDANT', date '2020-09-01' from d)
                insert into defendant_alias (defendant_id, alias, source, confidence)
                select id, 'alias', 'test', 'LOW' from d
                """).param("caseId", caseId).param("count", count).update();
    }

    /** Appends {@code count} status changes (back and forth between investigation and operational). */
    void statusChanges(long caseId, int count) {
        this.jdbc.sql("""
                insert into case_status_change (case_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                select :caseId, 'INVESTIGATION', 'OPERATIONAL', date '2020-01-01',
                       timestamptz '2020-01-01 00:00Z' + g * interval '1 hour', 'test'
                from generate_series(1, :count) g
                """).param("caseId", caseId).param("count", count).update();
    }

    long count(String sql, Object... params) {
        var statement = this.jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

}
