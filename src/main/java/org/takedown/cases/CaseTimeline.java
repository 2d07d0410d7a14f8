package org.takedown.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A case's timeline: every dated event the modules record in it ({@link CaseTimelineSource}), in the order they
 * happened, a page at a time. The sources' statements are joined into one, so a page costs one statement for its
 * events and one for the total, however many events and modules there are; the page after is found by the position
 * of the last event shown (keyset), not by an offset.
 */
@Repository
class CaseTimeline {

    static final int PAGE_SIZE = 25;

    // "C": the keyset compares kinds byte by byte, the same on every database whatever its collation
    private static final String ORDER = "e.happened_on, e.day_order, e.kind collate \"C\", e.id";

    private final JdbcClient jdbc;

    private final String events;

    CaseTimeline(JdbcClient jdbc, List<CaseTimelineSource> sources) {
        this.jdbc = jdbc;
        this.events = sources.stream()
            .map((source) -> "(" + source.eventsSql() + ")")
            .collect(Collectors.joining("\nunion all\n"));
    }

    /** The events of the case after {@code after} (from the first when null), and how many there are in all. */
    CaseEvents page(long caseId, CaseEventPosition after) {
        Map<String, Object> params = new HashMap<>();
        params.put("caseId", caseId);
        String from = "";
        if (after != null) {
            from = "where (%s) > (:afterOn, :afterOrder, :afterKind, :afterId)".formatted(ORDER);
            params.put("afterOn", after.happenedOn());
            params.put("afterOrder", after.dayOrder());
            params.put("afterKind", after.kind());
            params.put("afterId", after.id());
        }
        params.put("limit", PAGE_SIZE + 1);
        List<CaseEvent> rows = this.jdbc
            .sql("select e.* from (%s) e %s order by %s limit :limit".formatted(this.events, from, ORDER))
            .params(params)
            .query((rs, rowNum) -> new CaseEvent(rs.getObject("happened_on", LocalDate.class),
                    rs.getInt("day_order"), rs.getString("kind"), rs.getLong("id"), rs.getString("href"), rs.getString("subject"),
                    rs.getString("detail"), rs.getString("detail_key"), rs.getObject("amount", Long.class)))
            .list();
        long total = this.jdbc.sql("select count(*) from (%s) e".formatted(this.events))
            .param("caseId", caseId)
            .query(Long.class)
            .single();
        boolean more = rows.size() > PAGE_SIZE;
        List<CaseEvent> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new CaseEvents(shown, total, more ? shown.get(shown.size() - 1).position().toString() : null,
                after != null);
    }

    /**
     * A page of a timeline: its events, the number in the whole timeline, the position to ask for the next page
     * (null on the last) and whether this page is not the first.
     */
    record CaseEvents(List<CaseEvent> events, long total, String next, boolean continued) {
    }

}
