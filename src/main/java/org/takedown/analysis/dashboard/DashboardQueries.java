package org.takedown.analysis.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counts, each one statement whatever the amount of data. Without filters the per-country counts come
 * from the counters the jurisdictions module publishes ({@code jurisdictions_country_activity}, kept exact by
 * triggers); with a case or a date range they are counted with GROUP BY, served by the case indexes and, for a date
 * range, the covering index of V70. The conditions are the ones the lists apply to the same filter parameters, so that
 * each number equals the rows of the list it links to. Every table is read through the view its module publishes
 * ({@code V140__published_views.sql}). Only fixed SQL text is assembled; values travel as parameters.
 */
@Component
class DashboardQueries {

    /** A case as the filter shows it. */
    record CaseRef(long id, String reference) {
    }

    /** What happened in one country. */
    record CountryCounts(String code, String name, long servers, long raids, long defendants) {
    }

    /** Raids in one month. */
    record MonthCount(LocalDate month, long raids) {
    }

    /** Servers with one status in one country. */
    record CountryStatusCount(String code, String name, String status, long servers) {
    }

    /** Defendants with one legal status. */
    record StatusCount(String status, long count) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseRef> caseById(long id) {
        return this.jdbc.sql("select id, reference from cases_case where id = :id")
            .param("id", id)
            .query(CaseRef.class)
            .optional();
    }

    Optional<CaseRef> caseByReference(String reference) {
        return this.jdbc.sql("select id, reference from cases_case where reference = :reference")
            .param("reference", reference)
            .query(CaseRef.class)
            .optional();
    }

    /** The most recently opened cases, offered in the case field. */
    List<CaseRef> recentCases(int limit) {
        return this.jdbc.sql("select id, reference from cases_case order by opened_on desc, id desc limit :limit")
            .param("limit", limit)
            .query(CaseRef.class)
            .list();
    }

    /** The cases that are not voided, from the counter the cases module keeps (V260). */
    long caseCount() {
        return this.jdbc.sql("select cases from cases_total").query(Long.class).single();
    }

    /** Every country with a server, a raid or a defendant in custody for the filter; most servers first. */
    List<CountryCounts> countries(DashboardCriteria criteria) {
        if (criteria.isEmpty()) {
            return this.jdbc.sql("""
                    select a.country_code as code, j.name, a.servers, a.raids, a.in_custody as defendants
                    from jurisdictions_country_activity a join jurisdictions_jurisdiction j on j.code = a.country_code
                    where a.servers > 0 or a.raids > 0 or a.in_custody > 0
                    order by a.servers desc, a.raids desc, a.in_custody desc, j.name
                    """).query(CountryCounts.class).list();
        }
        Conditions conditions = new Conditions(criteria);
        // defendants are filtered by case only: without a case the counters are exact and free
        String defendants = criteria.hasCase() ? """
                select j.country_code as code, count(*) as n
                from defendants_defendant d join jurisdictions_jurisdiction j on j.code = d.custody_jurisdiction_code
                where d.id in (select cd.defendant_id from defendants_case_link cd where cd.case_id = :caseId)
                group by j.country_code""" : """
                select country_code as code, in_custody as n from jurisdictions_country_activity
                where in_custody > 0""";
        String sql = """
                with servers as (
                    select s.country_code as code, count(*) as n from raids_server s
                    where %s group by s.country_code),
                raids as (
                    select j.country_code as code, count(*) as n
                    from raids_raid r join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                    where %s group by j.country_code),
                defendants as (%s)
                select c.code, c.name, coalesce(s.n, 0) as servers, coalesce(r.n, 0) as raids,
                       coalesce(d.n, 0) as defendants
                from jurisdictions_jurisdiction c
                    left join servers s on s.code = c.code
                    left join raids r on r.code = c.code
                    left join defendants d on d.code = c.code
                where c.kind = 'COUNTRY' and (s.n > 0 or r.n > 0 or d.n > 0)
                order by servers desc, raids desc, defendants desc, c.name
                """.formatted(conditions.servers(), conditions.raids(), defendants);
        return conditions.bind(this.jdbc.sql(sql)).query(CountryCounts.class).list();
    }

    List<MonthCount> raidsPerMonth(DashboardCriteria criteria) {
        Conditions conditions = new Conditions(criteria);
        String sql = """
                select date_trunc('month', r.raid_date)::date as month, count(*) as raids from raids_raid r
                where %s group by 1 order by 1
                """.formatted(conditions.raids());
        return conditions.bind(this.jdbc.sql(sql)).query(MonthCount.class).list();
    }

    /**
     * Servers by status in the {@code top} countries with most servers for the filter. Without filters both come from
     * counters ({@code jurisdictions_country_activity}, {@code raids_server_status_activity}); with filters from a
     * GROUP BY.
     */
    List<CountryStatusCount> serverStatuses(DashboardCriteria criteria, int top) {
        if (criteria.isEmpty()) {
            return this.jdbc.sql("""
                    with top as (
                        select country_code as code from jurisdictions_country_activity where servers > 0
                        order by servers desc, country_code limit :top)
                    select a.country_code as code, c.name, a.status, a.servers
                    from raids_server_status_activity a join jurisdictions_jurisdiction c on c.code = a.country_code
                    where a.country_code in (select code from top) and a.servers > 0
                    """).param("top", top).query(CountryStatusCount.class).list();
        }
        Conditions conditions = new Conditions(criteria);
        String sql = """
                with top as (
                    select s.country_code as code from raids_server s where %1$s
                    group by s.country_code order by count(*) desc, s.country_code limit :top),
                counts as (
                    select s.country_code as code, s.status, count(*) as servers from raids_server s
                    where s.country_code in (select code from top) and %1$s
                    group by s.country_code, s.status)
                select counts.code, c.name, counts.status, counts.servers
                from counts join jurisdictions_jurisdiction c on c.code = counts.code
                """.formatted(conditions.servers());
        return conditions.bind(this.jdbc.sql(sql)).param("top", top).query(CountryStatusCount.class).list();
    }

    /**
     * Defendants by legal status: of the case when there is one, otherwise all (dates do not apply), from the counters
     * of V72.
     */
    List<StatusCount> legalStatuses(DashboardCriteria criteria) {
        if (!criteria.hasCase()) {
            return this.jdbc.sql("""
                    select legal_status as status, defendants as count from defendants_status_activity
                    where defendants > 0""").query(StatusCount.class).list();
        }
        return this.jdbc.sql("""
                select d.legal_status as status, count(*) as count from defendants_defendant d
                where d.id in (select cd.defendant_id from defendants_case_link cd where cd.case_id = :caseId)
                group by d.legal_status""").param("caseId", criteria.caseId()).query(StatusCount.class).list();
    }

    /** The WHERE conditions for servers and raids, as the server grid and the raid list apply them. */
    private static final class Conditions {

        private final List<String> servers = new ArrayList<>(List.of("true"));

        private final List<String> raids = new ArrayList<>(List.of("true"));

        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions(DashboardCriteria criteria) {
            if (criteria.caseId() != null) {
                this.servers.add("s.case_id = :caseId");
                this.raids.add("r.case_id = :caseId");
                this.parameters.put("caseId", criteria.caseId());
            }
            if (criteria.from() != null) {
                this.servers.add("s.seized_on >= :from");
                this.raids.add("r.raid_date >= :from");
                this.parameters.put("from", criteria.from());
            }
            if (criteria.to() != null) {
                this.servers.add("s.seized_on <= :to");
                this.raids.add("r.raid_date <= :to");
                this.parameters.put("to", criteria.to());
            }
        }

        String servers() {
            return String.join(" and ", this.servers);
        }

        String raids() {
            return String.join(" and ", this.raids);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Map.Entry<String, Object> parameter : this.parameters.entrySet()) {
                bound = bound.param(parameter.getKey(), parameter.getValue());
            }
            return bound;
        }

    }

}
