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

    /** Sort properties of the overview and the SQL expression each stands for. */
    static final Map<String, String> SORT_COLUMNS = Map.of("name", "c.name", "code", "c.code", "raids", "raids",
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

    /**
     * One page of countries with their counts.
     * @param country only this country (an existing, upper-case ISO code) or {@code null}
     * @param text only countries whose name contains this (any case), or {@code null}
     * @param activeOnly only countries with at least one raid, server or defendant in custody
     * @param pageable page, size and a sort restricted to {@link #SORT_COLUMNS}
     */
    Page<CountryActivity> countries(String country, String text, boolean activeOnly, Pageable pageable) {
        StringBuilder sql = new StringBuilder("""
                select c.code, c.name, coalesce(a.raids, 0) as raids, coalesce(a.servers, 0) as servers,
                       coalesce(a.in_custody, 0) as in_custody, count(*) over () as total
                """).append(ACTIVITY).append(conditions(country, text, activeOnly));
        sql.append(" order by ").append(orderBy(pageable.getSort())).append(" limit :limit offset :offset");
        JdbcClient.StatementSpec statement = parameters(this.jdbc.sql(sql.toString()), country, text)
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
            return new PageImpl<>(rows, pageable, countCountries(country, text, activeOnly));
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    private long countCountries(String country, String text, boolean activeOnly) {
        String sql = "select count(*) " + ACTIVITY + conditions(country, text, activeOnly);
        return parameters(this.jdbc.sql(sql), country, text).query(Long.class).single();
    }

    /** Every country the filters match, in the order given, to {@code sink} (for the CSV export; 249 rows at most). */
    void streamCountries(String country, String text, boolean activeOnly, Sort sort,
            Consumer<? super CountryActivity> sink) {
        String sql = """
                select c.code, c.name, coalesce(a.raids, 0) as raids, coalesce(a.servers, 0) as servers,
                       coalesce(a.in_custody, 0) as in_custody
                """ + ACTIVITY + conditions(country, text, activeOnly) + " order by " + orderBy(sort);
        parameters(this.jdbc.sql(sql), country, text).withFetchSize(1_000)
            .query((RowCallbackHandler) (rs) -> sink.accept(new CountryActivity(rs.getString("code"),
                    rs.getString("name"), rs.getLong("raids"), rs.getLong("servers"), rs.getLong("in_custody"))));
    }

    /** The conditions of the overview's filters, after {@link #ACTIVITY}: the same for a page, its count, the export. */
    private static String conditions(String country, String text, boolean activeOnly) {
        StringBuilder sql = new StringBuilder();
        if (country != null) {
            sql.append(" and c.code = :country");
        }
        if (text != null) {
            sql.append(" and strpos(lower(c.name), lower(:text)) > 0");
        }
        if (activeOnly) {
            sql.append(" and (a.raids > 0 or a.servers > 0 or a.in_custody > 0)");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement, String country,
            String text) {
        JdbcClient.StatementSpec bound = statement;
        if (country != null) {
            bound = bound.param("country", country);
        }
        if (text != null) {
            bound = bound.param("text", text);
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
