package org.takedown.defendants;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.takedown.shared.Keyset;
import org.takedown.shared.Like;
import org.takedown.shared.ListTotal;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The defendant list in SQL: filters, order and page in the database, then one query for the page's rows with their
 * nationality, custody, aliases and cases, whatever the page size.
 */
@Repository
class DefendantSearch {

    /** The column each order of {@link DefendantListQuery#SORTS} sorts by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "d.full_name", "status", "d.legal_status");

    /**
     * What a row of the list shows; the aliases and cases of each row come in the same statement, the cases' references
     * from {@code cases_case}, the view the cases module publishes to other modules' SQL.
     */
    private static final String COLUMNS = """
            d.id, d.full_name, d.legal_status, d.arrested_on,
            n.code as nationality_code, n.name as nationality_name,
            cj.code as custody_code, cj.name as custody_name, cj.country_code as custody_country_code,
            (select string_agg(a.alias, ', ' order by a.alias)
               from defendant_alias a where a.defendant_id = d.id) as aliases,
            (select string_agg(c.reference, ', ' order by c.reference)
               from case_defendant cd join cases_case c on c.id = cd.case_id
              where cd.defendant_id = d.id and cd.voided_at is null) as cases""";

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    /** The most likely matches the duplicate warning and the merge page list. */
    static final int LIKELY_MATCHES = 10;

    private final JdbcClient jdbc;

    DefendantSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The keys of the list's orders ({@link DefendantListQuery#SORTS}): by name, or by status and then name, each
     * served by an index on the keys and the id (V30); the country filter by one that starts with the custody
     * country (V250).
     */
    static final Keyset<DefendantRow> KEYS = Keyset.<DefendantRow>of("d.id", DefendantRow::id)
        .order("name", Keyset.text("d.full_name", DefendantRow::fullName))
        .order("status", Keyset.text("d.legal_status", (row) -> row.legalStatus().name()),
                Keyset.text("d.full_name", DefendantRow::fullName));

    /** The most defendants a filtered list counts. */
    static final int COUNT_CAP = 1_000;

    /**
     * The rows of one page as {@code plan} reads it: the page's ids first, from the index of its order, then their
     * rows with everything a row shows.
     */
    List<DefendantRow> find(DefendantListQuery query, Keyset.Plan plan) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        parameters.putAll(plan.parameters());
        parameters.put("limit", plan.limit());
        parameters.put("offset", plan.offset());
        return this.jdbc.sql("""
                select %s
                from (select d.id from defendant d %s %s %s limit :limit offset :offset) page
                join defendant d on d.id = page.id
                left join jurisdictions_jurisdiction n on n.code = d.nationality_code
                left join jurisdictions_jurisdiction cj on cj.code = d.custody_jurisdiction_code
                %s
                """.formatted(COLUMNS, where, plan.condition(), plan.orderBy(), plan.orderBy()))
            .params(parameters)
            .query((rs, rowNum) -> row(rs))
            .list();
    }

    /**
     * How many defendants the query matches, in one statement that reads at most {@value #COUNT_CAP} + 1 of them:
     * unfiltered, beyond the cap, the planner's estimate of the table (merged records included: "about").
     */
    ListTotal total(DefendantListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        parameters.put("cap", COUNT_CAP + 1);
        return this.jdbc.sql("""
                select (select count(*) from (select 1 from defendant d %s limit :cap) m) as counted,
                       (select reltuples::bigint from pg_class where oid = 'defendant'::regclass) as estimated
                """.formatted(where))
            .params(parameters)
            .query((rs, n) -> ListTotal.counted(rs.getLong("counted"), COUNT_CAP,
                    query.filtered() ? null : rs.getLong("estimated")))
            .single();
    }

    /**
     * Every defendant the query matches, in its order, passed one by one to {@code sink} while PostgreSQL sends
     * them through a cursor ({@code EXPORT_FETCH_SIZE} rows at a time). Call inside a transaction: without one the
     * driver would read the whole result first.
     */
    void stream(DefendantListQuery query, Consumer<? super DefendantRow> sink) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = """
                select %s
                from defendant d
                left join jurisdictions_jurisdiction n on n.code = d.nationality_code
                left join jurisdictions_jurisdiction cj on cj.code = d.custody_jurisdiction_code
                %s
                %s
                """.formatted(COLUMNS, where(query, parameters), KEYS.orderBy(query.sort()));
        this.jdbc.sql(sql)
            .withFetchSize(EXPORT_FETCH_SIZE)
            .params(parameters)
            .query((RowCallbackHandler) (rs) -> sink.accept(row(rs)));
    }

    /** The WHERE clause of the query's filters, the same for a page, its count and the export. */
    private static String where(DefendantListQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        // a merged record lives on as its survivor
        conditions.add("d.merged_into_id is null");
        if (query.status() != null) {
            conditions.add("d.legal_status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.nationality() != null) {
            conditions.add("d.nationality_code = :nationality");
            parameters.put("nationality", query.nationality());
        }
        if (query.country() != null) {
            // a jurisdiction's code starts with its country's (a constraint of V250), so the country's defendants are
            // one range of ix_defendant_custody_country_name, in the list's order
            conditions.add("left(d.custody_jurisdiction_code, 2) = :country");
            parameters.put("country", query.country());
        }
        if (query.caseId() != null) {
            conditions.add("d.id in (select cd.defendant_id from case_defendant cd where cd.case_id = :caseId and cd.voided_at is null)");
            parameters.put("caseId", query.caseId());
        }
        if (query.q() != null) {
            // a union lets PostgreSQL use the trigram index of each table (an OR across them would scan), and
            // "= any(array(...))" makes it look the few matches up by primary key instead of scanning for them
            conditions.add("""
                    d.id = any(array(select n.id from defendant n where n.full_name ilike :text escape '\\'
                             union select a.defendant_id from defendant_alias a where a.alias ilike :text escape '\\'))""");
            parameters.put("text", Like.contains(query.q()));
        }
        return " where " + String.join(" and ", conditions);
    }

    /**
     * The records whose name or an alias is like {@code fullName} by trigram similarity (pg_trgm's word similarity
     * {@code <%}, and for three characters or more similarity {@code %}, through the trigram indexes of V30), merged
     * records and {@code excluded} left out, the closest first, at most {@value #LIKELY_MATCHES}.
     */
    List<LikelyMatch> likelyMatches(String fullName, Long excluded) {
        boolean whole = fullName.length() >= 3;
        return this.jdbc.sql("""
                select d.id, d.full_name, d.date_of_birth, d.legal_status,
                       n.code as nationality_code, n.name as nationality_name,
                       (select string_agg(a.alias, ', ' order by a.alias)
                          from defendant_alias a where a.defendant_id = d.id) as aliases,
                       (select string_agg(c.reference, ', ' order by c.reference)
                          from case_defendant cd join cases_case c on c.id = cd.case_id
                         where cd.defendant_id = d.id and cd.voided_at is null) as cases
                from defendant d
                left join jurisdictions_jurisdiction n on n.code = d.nationality_code
                where d.id = any(array(select m.id from defendant m where :text <% m.full_name /*name*/
                                       union select a.defendant_id from defendant_alias a
                                             where :text <% a.alias /*alias*/))
                  and d.merged_into_id is null and d.id <> :excluded
                order by greatest(word_similarity(:text, d.full_name), similarity(:text, d.full_name)) desc,
                         d.full_name, d.id
                limit :limit
                """.replace("/*name*/", whole ? "or :text % m.full_name" : "")
            .replace("/*alias*/", whole ? "or :text % a.alias" : ""))
            .param("text", fullName)
            .param("excluded", excluded != null ? excluded : -1L)
            .param("limit", LIKELY_MATCHES)
            .query((rs, n) -> {
                Date born = rs.getDate("date_of_birth");
                return new LikelyMatch(rs.getLong("id"), rs.getString("full_name"),
                        born != null ? born.toLocalDate() : null, rs.getString("nationality_code"),
                        rs.getString("nationality_name"), LegalStatus.valueOf(rs.getString("legal_status")),
                        rs.getString("aliases"), rs.getString("cases"));
            })
            .list();
    }

    private static DefendantRow row(ResultSet rs) throws SQLException {
        Date arrestedOn = rs.getDate("arrested_on");
        return new DefendantRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("aliases"),
                rs.getString("nationality_code"), rs.getString("nationality_name"),
                LegalStatus.valueOf(rs.getString("legal_status")), rs.getString("custody_code"),
                rs.getString("custody_name"), rs.getString("custody_country_code"),
                arrestedOn != null ? arrestedOn.toLocalDate() : null, rs.getString("cases"));
    }

}
