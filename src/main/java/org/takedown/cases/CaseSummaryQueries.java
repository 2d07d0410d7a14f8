package org.takedown.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.takedown.shared.Keyset;
import org.takedown.shared.Like;
import org.takedown.shared.ListTotal;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case list in SQL: filters as {@code WHERE} clauses, the per-row counts as correlated subqueries, so a page costs
 * one statement for the rows and one for the total, whatever its size and depth (keyset paging). What other modules record in a case (its
 * counts, the country filter, the first day of activity) comes from their {@link CaseActivity} SQL.
 */
@Repository
class CaseSummaryQueries {

    /** The statuses in workflow order, the order the list sorts them in (not alphabetically). */
    private static final List<String> WORKFLOW = List.of("INVESTIGATION", "OPERATIONAL", "PROSECUTION", "SUSPENDED",
            "CLOSED");

    /**
     * The keys of the list's orders ({@link CaseListQuery#SORTS}), each served by an index on the key and the id
     * where the case is not voided (V250). The title sorts without regard to case, the status in workflow order.
     */
    static final Keyset<CaseSummary> KEYS = Keyset.<CaseSummary>of("c.id", CaseSummary::id)
        .order("reference", Keyset.text("c.reference", CaseSummary::reference))
        .order("title", Keyset.text("lower(c.title)", (row) -> row.title().toLowerCase(Locale.ROOT)))
        .order("status", Keyset.number("array_position(array['" + String.join("','", WORKFLOW)
                + "']::varchar[], c.status)", (row) -> WORKFLOW.indexOf(row.status().name()) + 1))
        .order("openedOn", Keyset.date("c.opened_on", CaseSummary::openedOn));

    /** The most cases a filtered list counts. */
    static final int COUNT_CAP = 1_000;

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    private final CaseActivities activities;

    CaseSummaryQueries(JdbcClient jdbc, List<CaseActivity> activities) {
        this.jdbc = jdbc;
        this.activities = new CaseActivities(activities);
    }

    /**
     * The rows of one page as {@code plan} reads it. The page is cut first and the counts are taken for its rows
     * only: computed in the same SELECT as the ORDER BY, PostgreSQL would count servers for every row an OFFSET
     * skips.
     */
    List<CaseSummary> find(CaseListQuery query, Keyset.Plan plan) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        String sql = """
                select p.*,
                    %s
                from (
                    select c.id, c.reference, c.title, c.status, a.name as lead_agency, c.opened_on,
                        row_number() over (%s) as position
                    from enforcement_case c
                        join agency a on a.id = c.lead_agency_id
                    %s %s
                    %s
                    limit :limit offset :offset) p
                order by p.position
                """.formatted(this.activities.counts("p.id"), plan.orderBy(), where, plan.condition(),
                plan.orderBy());
        params.putAll(plan.parameters());
        params.put("limit", plan.limit());
        params.put("offset", plan.offset());
        return this.jdbc.sql(sql).params(params).query((rs, rowNum) -> summary(rs)).list();
    }

    /**
     * How many cases the query matches, in one statement that reads at most {@value #COUNT_CAP} + 1 of them:
     * unfiltered, beyond the cap, the planner's estimate of the table (voided cases included: "about").
     */
    ListTotal total(CaseListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("cap", COUNT_CAP + 1);
        return this.jdbc.sql("""
                select (select count(*) from (select 1 from enforcement_case c %s limit :cap) m) as counted,
                       (select reltuples::bigint from pg_class where oid = 'enforcement_case'::regclass) as estimated
                """.formatted(where))
            .params(params)
            .query((rs, n) -> ListTotal.counted(rs.getLong("counted"), COUNT_CAP,
                    query.filtered() ? null : rs.getLong("estimated")))
            .single();
    }

    /**
     * Every case the query matches, in its order, passed one by one to {@code sink} while PostgreSQL sends
     * them through a cursor ({@code EXPORT_FETCH_SIZE} rows at a time). Call inside a transaction: without one the
     * driver would read the whole result first.
     */
    void stream(CaseListQuery query, Consumer<? super CaseSummary> sink) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select c.id, c.reference, c.title, c.status, a.name as lead_agency, c.opened_on,
                    %s
                from enforcement_case c
                    join agency a on a.id = c.lead_agency_id
                %s
                %s
                """.formatted(this.activities.counts("c.id"), where(query, params), KEYS.orderBy(query.sort()));
        this.jdbc.sql(sql).withFetchSize(EXPORT_FETCH_SIZE).params(params).query((RowCallbackHandler) (rs) -> sink.accept(summary(rs)));
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("lead_agency"),
                rs.getObject("opened_on", LocalDate.class), rs.getLong("defendants"), rs.getLong("raids"),
                rs.getLong("servers"));
    }

    /**
     * The first day of the case's activity as the modules below date it (its first raid or seizure), or {@code null}:
     * a case may not be opened after it.
     */
    LocalDate earliestActivity(long caseId) {
        return this.jdbc.sql("select " + this.activities.firstDay(":caseId"))
            .param("caseId", caseId)
            .query(LocalDate.class)
            .optional()
            .orElse(null);
    }

    /** The WHERE clause of the query's filters, the same for a page, its count and the export. */
    private String where(CaseListQuery query, Map<String, Object> params) {
        // a voided case leaves the list (few rows are voided: the list's indexes keep serving it, docs/scale.md)
        List<String> conditions = new ArrayList<>(List.of("c.voided_at is null"));
        if (query.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.country() != null) {
            conditions.add(this.activities.inCountry("c.id", ":country"));
            params.put("country", query.country());
        }
        if (query.q() != null) {
            conditions.add("""
                    (c.reference ilike :text escape '\\' or c.title ilike :text escape '\\'
                     or c.summary ilike :text escape '\\')""");
            params.put("text", Like.contains(query.q()));
        }
        return conditions.isEmpty() ? "" : "where " + String.join("\n and ", conditions) + "\n";
    }

}
