package org.takedown.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.takedown.shared.Like;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case list in SQL: filters as {@code WHERE} clauses, the per-row counts as correlated subqueries, so a page costs
 * one statement for the rows and one for the total, whatever its size. What other modules record in a case (its
 * counts, the country filter, the first day of activity) comes from their {@link CaseActivity} SQL.
 */
@Repository
class CaseSummaryQueries {

    /**
     * The SQL each order of {@link CaseListQuery#SORTS} sorts by; status sorts in workflow order, not alphabetically.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of("reference", "c.reference", "title",
            "lower(c.title)", "status",
            "array_position(array['INVESTIGATION','OPERATIONAL','PROSECUTION','SUSPENDED','CLOSED']::varchar[], c.status)",
            "openedOn", "c.opened_on");

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    private final CaseActivities activities;

    CaseSummaryQueries(JdbcClient jdbc, List<CaseActivity> activities) {
        this.jdbc = jdbc;
        this.activities = new CaseActivities(activities);
    }

    Page<CaseSummary> find(CaseListQuery query, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        // the page is cut first and the counts are taken for its rows only: computed in the same SELECT as the
        // ORDER BY, PostgreSQL would count servers for every row an OFFSET skips
        String order = orderBy(pageable.getSort());
        String sql = """
                select p.*,
                    %s
                from (
                    select c.id, c.reference, c.title, c.status, a.name as lead_agency, c.opened_on,
                        row_number() over (%s) as position
                    from enforcement_case c
                        join agency a on a.id = c.lead_agency_id
                    %s
                    %s
                    limit :limit offset :offset) p
                order by p.position
                """.formatted(this.activities.counts("p.id"), order, where, order);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<CaseSummary> rows = this.jdbc.sql(sql)
            .params(params)
            .query((rs, rowNum) -> summary(rs))
            .list();
        long total = this.jdbc.sql("select count(*) from enforcement_case c " + where)
            .params(params)
            .query(Long.class)
            .single();
        return new PageImpl<>(rows, pageable, total);
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
                """.formatted(this.activities.counts("c.id"), where(query, params), orderBy(query.sort()));
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

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        orders.add("c.id");
        return "order by " + String.join(", ", orders);
    }

}
