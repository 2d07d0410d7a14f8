package org.takedown.jurisdictions;

import java.util.List;

import org.takedown.shared.Like;
import org.takedown.shared.PickerOption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agencies as pickers offer them ({@link Agency#getLabel()}), found by any part of their name, acronym or
 * jurisdiction's code through the trigram index of V261.
 */
@Repository
class AgencyOptionQueries {

    private final JdbcClient jdbc;

    AgencyOptionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PickerOption> find(String text, int limit) {
        return this.jdbc.sql("""
                select a.id, a.name, a.acronym, a.jurisdiction_code, j.country_code
                from agency a join jurisdiction j on j.code = a.jurisdiction_code
                where (a.name || ' ' || coalesce(a.acronym, '') || ' ' || a.jurisdiction_code) ilike :pattern escape '\\'
                order by a.name, a.id
                limit :limit
                """)
            .param("pattern", Like.contains(text))
            .param("limit", limit)
            .query((rs, n) -> new PickerOption(Long.toString(rs.getLong("id")),
                    Agency.label(rs.getString("name"), rs.getString("acronym"), rs.getString("jurisdiction_code")),
                    rs.getString("country_code")))
            .list();
    }

}
