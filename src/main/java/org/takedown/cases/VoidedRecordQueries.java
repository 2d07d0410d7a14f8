package org.takedown.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrator's list of voided records: the kinds' statements ({@link VoidedRecords}) as one {@code union all},
 * newest void first, paged by keyset on (voided at, kind, key). Each kind reads its partial index of voided rows
 * (V230), which holds those rows only: the page costs the number of voided records, never that of the live ones.
 */
@Component
class VoidedRecordQueries {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    private final Map<String, VoidedRecords> kinds;

    VoidedRecordQueries(JdbcClient jdbc, List<VoidedRecords> kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds.stream()
            .collect(Collectors.toMap(VoidedRecords::kind, (kind) -> kind, (a, b) -> {
                throw new IllegalStateException("Two voidable kinds named " + a.kind());
            }, java.util.LinkedHashMap::new));
    }

    /** The kinds, in the order the type filter offers them. */
    List<String> kinds() {
        return List.copyOf(this.kinds.keySet());
    }

    /** How many records of one kind or all are voided on their own: the list's total. */
    long count(Optional<String> kind) {
        return this.jdbc.sql("select count(*) from (%s) v".formatted(union(kind))).query(Long.class).single();
    }

    /** One page (plus one row, telling whether another page follows) after {@code after}, of one kind or all. */
    List<VoidedRecordRow> page(Optional<String> kind, Optional<Position> after) {
        String union = union(kind);
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (after.isPresent()) {
            where = "where (v.voided_at, v.kind, v.key) < (:at, :kind, :key)";
            params.put("at", Timestamp.from(after.get().voidedAt()));
            params.put("kind", after.get().kind());
            params.put("key", after.get().key());
        }
        params.put("limit", PAGE_SIZE + 1);
        return this.jdbc.sql("""
                select v.kind, v.key, v.name, v.case_id, v.voided_at, v.voided_by, v.void_reason, v.version, v.page,
                       v.restore
                from (%s) v
                %s
                order by v.voided_at desc, v.kind desc, v.key desc
                limit :limit""".formatted(union, where))
            .params(params)
            .query((rs, rowNum) -> new VoidedRecordRow(rs.getString("kind"), rs.getString("key"), rs.getString("name"),
                    rs.getLong("case_id"), rs.getTimestamp("voided_at").toInstant(), rs.getString("voided_by"),
                    rs.getString("void_reason"), rs.getLong("version"), rs.getString("page"), rs.getString("restore")))
            .list();
    }

    private String union(Optional<String> kind) {
        return this.kinds.values()
            .stream()
            .filter((voidable) -> kind.isEmpty() || voidable.kind().equals(kind.get()))
            .map((voidable) -> "(" + voidable.sql() + ")")
            .collect(Collectors.joining("\nunion all\n"));
    }

    /** Where a page of the list starts: after the row voided at this moment, of this kind and key. */
    record Position(Instant voidedAt, String kind, String key) {

        /** The position a link carries ({@code voidedAt~kind~key}); anything else is the first page. */
        static Optional<Position> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String[] parts = text.split("~", 3);
            if (parts.length != 3 || parts[1].length() > 20 || parts[2].length() > 40) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Position(Instant.parse(parts[0]), parts[1], parts[2]));
            }
            catch (java.time.format.DateTimeParseException ex) {
                return Optional.empty();
            }
        }

        String text() {
            return this.voidedAt + "~" + this.kind + "~" + this.key;
        }

    }

}
