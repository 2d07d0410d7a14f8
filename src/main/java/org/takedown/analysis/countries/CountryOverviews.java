package org.takedown.analysis.countries;

import java.util.List;
import java.util.Optional;

import org.takedown.analysis.countries.CountryOverview.AgencyRow;
import org.takedown.analysis.countries.CountryOverview.CaseRow;
import org.takedown.analysis.countries.CountryOverview.DefendantRow;
import org.takedown.analysis.countries.CountryOverview.Jurisdiction;
import org.takedown.analysis.countries.CountryOverview.RaidRow;
import org.takedown.analysis.countries.CountryOverview.Section;
import org.takedown.analysis.countries.CountryOverview.ServerRow;
import org.takedown.analysis.countries.CountryOverview.SubJurisdiction;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model behind the page of one jurisdiction: read-only SQL across raids, seized servers, defendants, cases
 * and agencies, through the views their modules publish ({@code V140__published_views.sql}). Every section is one
 * statement whatever the number of rows, and reads only what it shows: its first rows by an index, its total from the
 * country counters ({@code jurisdictions_country_activity}, exact) where there is one, otherwise counted up to a cap
 * and shown as {@code 15+} beyond it (the lists the sections link to have every row and their count).
 */
@Component
class CountryOverviews {

    static final int SECTION_ROWS = 15;

    /**
     * The highest number of defendants of a nationality the page counts; beyond it the page says "1000+". An index
     * answers the count, so the cap only keeps its cost bounded.
     */
    static final int NATIONALS_CAP = 1_000;

    /**
     * The highest number of cases the page counts: finding the cases that touch a country means probing each case's
     * raids, servers and defendants, so the page finds a few more than it shows and says "15+" beyond.
     */
    static final int CASES_CAP = SECTION_ROWS;

    private final JdbcClient jdbc;

    CountryOverviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything recorded in the jurisdiction with this (upper-case) code, read in one transaction. */
    @Transactional(readOnly = true)
    Optional<CountryOverview> find(String code) {
        return jurisdiction(code).map((jurisdiction) -> new CountryOverview(jurisdiction,
                subJurisdictions(jurisdiction), agencies(jurisdiction), raids(jurisdiction), servers(jurisdiction),
                inCustody(jurisdiction), nationals(jurisdiction), cases(jurisdiction)));
    }

    private Optional<Jurisdiction> jurisdiction(String code) {
        return this.jdbc.sql("""
                select j.code, j.name, j.kind, j.country_code,
                       p.code as parent_code, p.name as parent_name, p.kind as parent_kind,
                       p.country_code as parent_country_code
                from jurisdictions_jurisdiction j
                left join jurisdictions_jurisdiction p on p.code = j.parent_code
                where j.code = :code
                """)
            .param("code", code)
            .query((rs, n) -> new Jurisdiction(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                    rs.getString("country_code"),
                    rs.getString("parent_code") == null ? null
                            : new Jurisdiction(rs.getString("parent_code"), rs.getString("parent_name"),
                                    rs.getString("parent_kind"), rs.getString("parent_country_code"), null)))
            .optional();
    }

    /**
     * The codes a page covers: for a country every jurisdiction whose {@code country_code} is the country, for a
     * sub-national jurisdiction itself and the jurisdictions directly inside it (a state and its federal districts).
     */
    private static String scope(Jurisdiction jurisdiction) {
        return jurisdiction.isCountry() ? "(select code from jurisdictions_jurisdiction where country_code = :code)"
                : "(select code from jurisdictions_jurisdiction where code = :code or parent_code = :code)";
    }

    /**
     * The jurisdictions inside a country (or inside a state), parents before children, with their counts, each counted
     * by its own index (grouping every raid and defendant read both tables whole).
     */
    private List<SubJurisdiction> subJurisdictions(Jurisdiction jurisdiction) {
        String sql = """
                with recursive tree (code, name, kind, parent_code, depth, path) as (
                    select code, name, kind, parent_code, 1, name::text
                    from jurisdictions_jurisdiction where parent_code = :code
                    union all
                    select j.code, j.name, j.kind, j.parent_code, t.depth + 1, t.path || ' / ' || j.name
                    from jurisdictions_jurisdiction j join tree t on j.parent_code = t.code
                )
                select t.code, t.name, t.kind, t.parent_code, t.depth,
                       (select count(*) from raids_raid r where r.jurisdiction_code = t.code) as raids,
                       (select count(*) from defendants_defendant d where d.custody_jurisdiction_code = t.code)
                           as in_custody
                from tree t
                order by t.path
                """;
        return this.jdbc.sql(sql).param("code", jurisdiction.code()).query(SubJurisdiction.class).list();
    }

    private Section<AgencyRow> agencies(Jurisdiction jurisdiction) {
        String sql = """
                select a.id, a.name, a.acronym, a.kind, j.code as jurisdiction_code, j.name as jurisdiction_name,
                       count(*) over () as total
                from jurisdictions_agency a join jurisdictions_jurisdiction j on j.code = a.jurisdiction_code
                where a.jurisdiction_code in %s
                order by (j.code = :code) desc, a.name, a.id
                limit :limit
                """.formatted(scope(jurisdiction));
        return section(sql, jurisdiction, AgencyRow.class, 0);
    }

    private Section<RaidRow> raids(Jurisdiction jurisdiction) {
        String total = jurisdiction.isCountry()
                ? "(select raids from jurisdictions_country_activity where country_code = :code)"
                : "(select count(*) from raids_raid t where t.jurisdiction_code in %s)".formatted(scope(jurisdiction));
        // the newest raids of each jurisdiction in scope (ix_raid_jurisdiction_date), the newest of those, and only
        // then what they show
        String sql = """
                select r.id, r.raid_date, r.status, j.code as jurisdiction_code, j.name as jurisdiction_name,
                       c.id as case_id, c.reference as case_reference, coalesce(a.acronym, a.name) as lead_agency,
                       (select count(*) from raids_server s where s.raid_id = r.id) as servers,
                       %s as total
                from (select r.* from %s scope
                      cross join lateral (
                          select r.* from raids_raid r where r.jurisdiction_code = scope.code
                          order by r.raid_date desc, r.id desc limit :limit) r
                      order by r.raid_date desc, r.id desc limit :limit) r
                join jurisdictions_jurisdiction j on j.code = r.jurisdiction_code
                join cases_case c on c.id = r.case_id
                left join jurisdictions_agency a on a.id = r.lead_agency_id
                order by r.raid_date desc, r.id desc
                """.formatted(total, scope(jurisdiction));
        return section(sql, jurisdiction, RaidRow.class, 0);
    }

    /** Servers are located in countries: a sub-national jurisdiction has none of its own. */
    private Section<ServerRow> servers(Jurisdiction jurisdiction) {
        if (!jurisdiction.isCountry()) {
            return Section.empty();
        }
        String sql = """
                select s.id, s.hostname, s.role, s.status, s.seized_on, s.hosting_provider,
                       c.id as case_id, c.reference as case_reference,
                       (select servers from jurisdictions_country_activity where country_code = :code) as total
                from raids_server s join cases_case c on c.id = s.case_id
                where s.country_code = :code
                order by s.id desc
                limit :limit
                """;
        return section(sql, jurisdiction, ServerRow.class, 0);
    }

    private Section<DefendantRow> inCustody(Jurisdiction jurisdiction) {
        String total = jurisdiction.isCountry()
                ? "(select in_custody from jurisdictions_country_activity where country_code = :code)"
                : "(select count(*) from defendants_defendant t where t.custody_jurisdiction_code in %s)"
                    .formatted(scope(jurisdiction));
        // the latest arrests of each jurisdiction in scope (ix_defendant_custody_arrested), the latest of those, and
        // only then what they show
        String sql = """
                select d.id, d.full_name, d.legal_status, n.code as nationality_code, n.name as nationality_name,
                       j.code as custody_code, j.name as custody_name, d.arrested_on, %s as total
                from (select d.* from %s scope
                      cross join lateral (
                          select d.* from defendants_defendant d where d.custody_jurisdiction_code = scope.code
                          order by d.arrested_on desc nulls last, d.id desc limit :limit) d
                      order by d.arrested_on desc nulls last, d.id desc limit :limit) d
                join jurisdictions_jurisdiction j on j.code = d.custody_jurisdiction_code
                left join jurisdictions_jurisdiction n on n.code = d.nationality_code
                order by d.arrested_on desc nulls last, d.id desc
                """.formatted(total, scope(jurisdiction));
        return section(sql, jurisdiction, DefendantRow.class, 0);
    }

    /** Nationality is a country's: a sub-national jurisdiction has no nationals of its own. */
    private Section<DefendantRow> nationals(Jurisdiction jurisdiction) {
        if (!jurisdiction.isCountry()) {
            return Section.empty();
        }
        String sql = """
                select d.id, d.full_name, d.legal_status, n.code as nationality_code, n.name as nationality_name,
                       j.code as custody_code, j.name as custody_name, d.arrested_on,
                       (select count(*) from (select from defendants_defendant t where t.nationality_code = :code
                                              limit :cap) x) as total
                from defendants_defendant d
                join jurisdictions_jurisdiction n on n.code = d.nationality_code
                left join jurisdictions_jurisdiction j on j.code = d.custody_jurisdiction_code
                where d.nationality_code = :code
                order by d.id desc
                limit :limit
                """;
        return section(sql, jurisdiction, DefendantRow.class, NATIONALS_CAP);
    }

    /**
     * Cases that touch the jurisdiction: a raid or a seized server there, a defendant held there or (for a country)
     * of its nationality, or a lead agency or prosecuting office there. The newest cases of the whole are among the
     * newest of each way of touching it, so each way gives only its newest {@link #CASES_CAP} + 1 (walking the cases
     * by opening date and probing each, or the few rows of the jurisdiction, whichever the planner finds cheaper) and
     * the total is exact up to {@link #CASES_CAP}.
     */
    private Section<CaseRow> cases(Jurisdiction jurisdiction) {
        String servers = jurisdiction.isCountry() ? """
                union
                (select c.id, c.opened_on from cases_case c
                 where exists (select from raids_server s where s.case_id = c.id and s.country_code = :code)
                 order by c.opened_on desc, c.id desc limit :cap)""" : "";
        String nationals = jurisdiction.isCountry() ? """
                union
                (select c.id, c.opened_on from cases_case c
                 where exists (select from defendants_case_link cd join defendants_defendant d on d.id = cd.defendant_id
                               where cd.case_id = c.id and d.nationality_code = :code)
                 order by c.opened_on desc, c.id desc limit :cap)""" : "";
        String sql = """
                with scope as %s,
                touching as (
                    (select c.id, c.opened_on from cases_case c
                     where exists (select from raids_raid r
                                   where r.case_id = c.id and r.jurisdiction_code in (select code from scope))
                     order by c.opened_on desc, c.id desc limit :cap)
                    %s
                    union
                    (select c.id, c.opened_on from cases_case c
                     where exists (select from defendants_case_link cd join defendants_defendant d on d.id = cd.defendant_id
                                   where cd.case_id = c.id and d.custody_jurisdiction_code in (select code from scope))
                     order by c.opened_on desc, c.id desc limit :cap)
                    %s
                    union
                    (select c.id, c.opened_on from cases_case c
                     where c.lead_agency_id in (select a.id from jurisdictions_agency a
                                                where a.jurisdiction_code in (select code from scope))
                     order by c.opened_on desc, c.id desc limit :cap)
                    union
                    (select c.id, c.opened_on from cases_case c
                     where c.prosecuting_office_id in (select a.id from jurisdictions_agency a
                                                       where a.jurisdiction_code in (select code from scope))
                     order by c.opened_on desc, c.id desc limit :cap)
                ),
                newest as (select id, opened_on from touching order by opened_on desc, id desc limit :cap)
                select c.id, c.reference, c.title, c.status, c.opened_on, coalesce(a.acronym, a.name) as lead_agency,
                       (select count(*) from newest) as total
                from newest n join cases_case c on c.id = n.id join jurisdictions_agency a on a.id = c.lead_agency_id
                order by c.opened_on desc, c.id desc
                limit :limit
                """.formatted(scope(jurisdiction), servers, nationals);
        return section(sql, jurisdiction, CaseRow.class, CASES_CAP);
    }

    /**
     * Runs a section's statement, whose rows carry the section's total; with a {@code cap} (0: none) the statement
     * counts up to {@code :cap} = {@code cap} + 1 rows, and a total beyond {@code cap} is shown as a lower bound.
     */
    private <T> Section<T> section(String sql, Jurisdiction jurisdiction, Class<T> rowType, int cap) {
        long[] total = { 0 };
        DataClassRowMapper<T> mapper = new DataClassRowMapper<>(rowType);
        JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
            .param("code", jurisdiction.code())
            .param("limit", SECTION_ROWS);
        if (cap > 0) {
            statement = statement.param("cap", cap + 1);
        }
        List<T> rows = statement.query((rs, rowNum) -> {
            total[0] = rs.getLong("total");
            return mapper.mapRow(rs, rowNum);
        }).list();
        if (cap > 0 && total[0] > cap) {
            return new Section<>(rows, cap, true);
        }
        return new Section<>(rows, total[0]);
    }

}
