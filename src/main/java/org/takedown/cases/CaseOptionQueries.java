package org.takedown.cases;

import java.util.List;

import org.takedown.shared.Like;
import org.takedown.shared.PickerOption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases as pickers offer them ("TKD-2020-0001 · Sparks Group"), found by any part of their reference or title through
 * the trigram index of V261; voided cases are not offered.
 */
@Repository
class CaseOptionQueries {

    private final JdbcClient jdbc;

    CaseOptionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PickerOption> find(String text, int limit) {
        return this.jdbc.sql("""
                select id, reference, title from enforcement_case
                where voided_at is null and (reference || ' ' || title) ilike :pattern escape '\\'
                order by opened_on desc, id desc
                limit :limit
                """)
            .param("pattern", Like.contains(text))
            .param("limit", limit)
            .query((rs, n) -> new PickerOption(Long.toString(rs.getLong("id")),
                    rs.getString("reference") + " · " + rs.getString("title"), null))
            .list();
    }

}
