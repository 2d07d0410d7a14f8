package org.takedown.jurisdictions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model behind the jurisdictions overview: the countries with their counts, read from the jurisdictions
 * module's own tables (the counters of V40 included). Every method is one statement whatever the number of rows:
 * the total comes from {@code count(*) over ()} next to the rows. The page of one jurisdiction, which reads the other
 * features, is {@code analysis.countries}.
 */
@Repository
class CountryOverviewQueries {

    /** The SQL expression each order of {@link JurisdictionListQuery#SORTS} stands for. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "c.name", "code", "c.code", "raids", "raids",
            "servers", "servers", "inCustody", "in_custody");

    /*
     * The three counts per country come from country_activity, which triggers keep equal to the grouped counts of
     * raid, seized_server and defendant in the same transaction (V40__country_activity.sql): reading 249 rows instead
     * of counting a million servers on every page view.
     */
    private static final String ACTIVITY = """
            from jurisdiction c
            left join country_activity a on a.country_code = c.code
            where c.kind = 'COUNTRY'
            """;

    private final JdbcClient jdbc;

    CountryOverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the query's countries with their counts. */
    Page<CountryActivity> countries(JurisdictionListQuery query, Pageable pageable) {
        StringBuilder sql = new StringBuilder("""
                select c.code, c.name, coalesce(a.raids, 0) as raids, coalesce(a.servers, 0) as servers,
                       coalesce(a.in_custody, 0) as in_custody, count(*) over () as total
                """).append(ACTIVITY).append(conditions(query));
        sql.append(" order by ").append(orderBy(pageable.getSort())).append(" limit :limit offset :offset");
        JdbcClient.StatementSpec statement = parameters(this.jdbc.sql(sql.toString()), query)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset());
        long[] total = { 0 };
        List<CountryActivity> rows = statement.query((rs, rowNum) -> {
            total[0] = rs.getLong("total");
            return new CountryActivity(rs.getString("code"), rs.getString("name"), rs.getLong("raids"),
                    rs.getLong("servers"), rs.getLong("in_custody"));
        }).list();
        if (rows.isEmpty() && pageable.getOffset() > 0) {
            // past the last page: the window count is not there, so count separately (rare, still one statement)
            return new PageImpl<>(rows, pageable, countCountries(query));
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    private long countCountries(JurisdictionListQuery query) {
        String sql = "select count(*) " + ACTIVITY + conditions(query);
        return parameters(this.jdbc.sql(sql), query).query(Long.class).single();
    }

    /** Every country the query matches, in its order, to {@code sink} (for the CSV export; 249 rows at most). */
    void streamCountries(JurisdictionListQuery query, Consumer<? super CountryActivity> sink) {
        String sql = """
                select c.code, c.name, coalesce(a.raids, 0) as raids, coalesce(a.servers, 0) as servers,
                       coalesce(a.in_custody, 0) as in_custody
                """ + ACTIVITY + conditions(query) + " order by " + orderBy(query.sort());
        parameters(this.jdbc.sql(sql), query).withFetchSize(1_000)
            .query((RowCallbackHandler) (rs) -> sink.accept(new CountryActivity(rs.getString("code"),
                    rs.getString("name"), rs.getLong("raids"), rs.getLong("servers"), rs.getLong("in_custody"))));
    }

    /** The conditions of the query's filters, after {@link #ACTIVITY}: the same for a page, its count, the export. */
    private static String conditions(JurisdictionListQuery query) {
        StringBuilder sql = new StringBuilder();
        if (query.country() != null) {
            sql.append(" and c.code = :country");
        }
        if (query.q() != null) {
            sql.append(" and strpos(lower(c.name), lower(:text)) > 0");
        }
        if (query.active()) {
            sql.append(" and (a.raids > 0 or a.servers > 0 or a.in_custody > 0)");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement,
            JurisdictionListQuery query) {
        JdbcClient.StatementSpec bound = statement;
        if (query.country() != null) {
            bound = bound.param("country", query.country());
        }
        if (query.q() != null) {
            bound = bound.param("text", query.q());
        }
        return bound;
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream()
            .filter((o) -> SORT_COLUMNS.containsKey(o.getProperty()))
            .map((o) -> SORT_COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
            .collect(Collectors.joining(", "));
        return order.isEmpty() ? "c.name asc, c.code asc" : order + ", c.name asc, c.code asc";
    }

}
