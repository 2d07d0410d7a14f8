package org.takedown.jurisdictions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.takedown.jurisdictions.CountryOverview.AgencyRow;
import org.takedown.jurisdictions.CountryOverview.CaseRow;
import org.takedown.jurisdictions.CountryOverview.DefendantRow;
import org.takedown.jurisdictions.CountryOverview.RaidRow;
import org.takedown.jurisdictions.CountryOverview.Section;
import org.takedown.jurisdictions.CountryOverview.ServerRow;
import org.takedown.jurisdictions.CountryOverview.SubJurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model behind the jurisdiction pages: read-only SQL across raids, seized servers, defendants, cases and
 * agencies, grouped by country. Every method is one statement whatever the number of rows: counts come from grouped
 * subqueries, totals from {@code count(*) over ()} next to the first rows.
 */
@Repository
class CountryOverviewQueries {

    /** The SQL expression each order of {@link JurisdictionListQuery#SORTS} stands for. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "c.name", "code", "c.code", "raids", "raids",
            "servers", "servers", "inCustody", "in_custody");

    static final int SECTION_ROWS = 15;

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

    // ---- one jurisdiction -----------------------------------------------------------------------------------------

    /**
     * The codes a page covers: for a country every jurisdiction whose {@code country_code} is the country, for a
     * sub-national jurisdiction itself and the jurisdictions directly inside it (a state and its federal districts).
     */
    private static String scope(Jurisdiction jurisdiction) {
        return jurisdiction.isCountry() ? "(select code from jurisdiction where country_code = :code)"
                : "(select code from jurisdiction where code = :code or parent_code = :code)";
    }

    /** The jurisdictions inside a country (or inside a state), parents before children, with their counts. */
    List<SubJurisdiction> subJurisdictions(Jurisdiction jurisdiction) {
        String sql = """
                with recursive tree (code, name, kind, parent_code, depth, path) as (
                    select code, name, kind, parent_code, 1, name::text from jurisdiction where parent_code = :code
                    union all
                    select j.code, j.name, j.kind, j.parent_code, t.depth + 1, t.path || ' / ' || j.name
                    from jurisdiction j join tree t on j.parent_code = t.code
                )
                select t.code, t.name, t.kind, t.parent_code, t.depth,
                       coalesce(r.n, 0) as raids, coalesce(d.n, 0) as in_custody
                from tree t
                left join (select jurisdiction_code, count(*) as n from raid
                           where jurisdiction_code in (select code from tree) group by jurisdiction_code) r
                       on r.jurisdiction_code = t.code
                left join (select custody_jurisdiction_code, count(*) as n from defendant
                           where custody_jurisdiction_code in (select code from tree)
                           group by custody_jurisdiction_code) d
                       on d.custody_jurisdiction_code = t.code
                order by t.path
                """;
        return this.jdbc.sql(sql).param("code", jurisdiction.getCode()).query(SubJurisdiction.class).list();
    }

    Section<AgencyRow> agencies(Jurisdiction jurisdiction) {
        String sql = """
                select a.id, a.name, a.acronym, a.kind, j.code as jurisdiction_code, j.name as jurisdiction_name,
                       count(*) over () as total
                from agency a join jurisdiction j on j.code = a.jurisdiction_code
                where a.jurisdiction_code in %s
                order by (j.code = :code) desc, a.name, a.id
                limit :limit
                """.formatted(scope(jurisdiction));
        return section(sql, jurisdiction, AgencyRow.class);
    }

    Section<RaidRow> raids(Jurisdiction jurisdiction) {
        String sql = """
                select r.id, r.raid_date, r.status, j.code as jurisdiction_code, j.name as jurisdiction_name,
                       c.id as case_id, c.reference as case_reference, coalesce(a.acronym, a.name) as lead_agency,
                       (select count(*) from seized_server s where s.raid_id = r.id) as servers,
                       count(*) over () as total
                from raid r
                join jurisdiction j on j.code = r.jurisdiction_code
                join enforcement_case c on c.id = r.case_id
                left join agency a on a.id = r.lead_agency_id
                where r.jurisdiction_code in %s
                order by r.raid_date desc, r.id desc
                limit :limit
                """.formatted(scope(jurisdiction));
        return section(sql, jurisdiction, RaidRow.class);
    }

    /** Servers are located in countries: a sub-national jurisdiction has none of its own. */
    Section<ServerRow> servers(Jurisdiction jurisdiction) {
        if (!jurisdiction.isCountry()) {
            return Section.empty();
        }
        String sql = """
                select s.id, s.hostname, s.role, s.status, s.seized_on, s.hosting_provider,
                       c.id as case_id, c.reference as case_reference,
                       (select servers from country_activity where country_code = :code) as total
                from seized_server s join enforcement_case c on c.id = s.case_id
                where s.country_code = :code
                order by s.id desc
                limit :limit
                """;
        return section(sql, jurisdiction, ServerRow.class);
    }

    Section<DefendantRow> inCustody(Jurisdiction jurisdiction) {
        String sql = """
                select d.id, d.full_name, d.legal_status, n.code as nationality_code, n.name as nationality_name,
                       j.code as custody_code, j.name as custody_name, d.arrested_on, count(*) over () as total
                from defendant d
                join jurisdiction j on j.code = d.custody_jurisdiction_code
                left join jurisdiction n on n.code = d.nationality_code
                where d.custody_jurisdiction_code in %s
                order by d.arrested_on desc nulls last, d.id desc
                limit :limit
                """.formatted(scope(jurisdiction));
        return section(sql, jurisdiction, DefendantRow.class);
    }

    /** Nationality is a country's: a sub-national jurisdiction has no nationals of its own. */
    Section<DefendantRow> nationals(Jurisdiction jurisdiction) {
        if (!jurisdiction.isCountry()) {
            return Section.empty();
        }
        String sql = """
                select d.id, d.full_name, d.legal_status, n.code as nationality_code, n.name as nationality_name,
                       j.code as custody_code, j.name as custody_name, d.arrested_on,
                       (select count(*) from defendant t where t.nationality_code = :code) as total
                from defendant d
                join jurisdiction n on n.code = d.nationality_code
                left join jurisdiction j on j.code = d.custody_jurisdiction_code
                where d.nationality_code = :code
                order by d.id desc
                limit :limit
                """;
        return section(sql, jurisdiction, DefendantRow.class);
    }

    /**
     * Cases that touch the jurisdiction: a raid or a seized server there, a defendant held there or (for a country)
     * of its nationality, or a lead agency or prosecuting office there.
     */
    Section<CaseRow> cases(Jurisdiction jurisdiction) {
        String servers = jurisdiction.isCountry()
                ? "union select s.case_id from seized_server s where s.country_code = :code" : "";
        String nationals = jurisdiction.isCountry() ? """
                union
                select cd.case_id from case_defendant cd join defendant d on d.id = cd.defendant_id
                where d.nationality_code = :code""" : "";
        String sql = """
                with scope as %s,
                touching as (
                    select r.case_id from raid r where r.jurisdiction_code in (select code from scope)
                    %s
                    union
                    select cd.case_id from case_defendant cd join defendant d on d.id = cd.defendant_id
                    where d.custody_jurisdiction_code in (select code from scope)
                    %s
                    union
                    select c.id from enforcement_case c join agency a on a.id = c.lead_agency_id
                    where a.jurisdiction_code in (select code from scope)
                    union
                    select c.id from enforcement_case c join agency a on a.id = c.prosecuting_office_id
                    where a.jurisdiction_code in (select code from scope)
                )
                select c.id, c.reference, c.title, c.status, c.opened_on, coalesce(a.acronym, a.name) as lead_agency,
                       count(*) over () as total
                from enforcement_case c join agency a on a.id = c.lead_agency_id
                where c.id in (select case_id from touching)
                order by c.opened_on desc, c.id desc
                limit :limit
                """.formatted(scope(jurisdiction), servers, nationals);
        return section(sql, jurisdiction, CaseRow.class);
    }

    private <T> Section<T> section(String sql, Jurisdiction jurisdiction, Class<T> rowType) {
        long[] total = { 0 };
        org.springframework.jdbc.core.DataClassRowMapper<T> mapper = new org.springframework.jdbc.core.DataClassRowMapper<>(
                rowType);
        List<T> rows = this.jdbc.sql(sql)
            .param("code", jurisdiction.getCode())
            .param("limit", SECTION_ROWS)
            .query((rs, rowNum) -> {
                total[0] = rs.getLong("total");
                return mapper.mapRow(rs, rowNum);
            })
            .list();
        return new Section<>(rows, total[0]);
    }

}
