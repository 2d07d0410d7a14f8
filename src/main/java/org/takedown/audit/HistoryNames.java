package org.takedown.audit;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.takedown.audit.HistorySubject.Naming;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of the records a history refers to, as they were at each revision, looked up in bulk: one statement per
 * kind of record, whatever the number of revisions and references. Each name is read from the record's own audit
 * table at the latest revision not after the one shown; a record with no audit row that old (loaded outside the
 * application, as the countries are) is named as it is now. Where to read is each {@link HistorySubject}'s
 * {@link Naming}.
 */
@Component
class HistoryNames {

    /** A reference to a record of some kind by its identifier (a {@code Long} or a {@code String}). */
    record Ref(HistorySubject subject, Object id) {
    }

    /** A reference to be named as the record stood at a revision ({@link Long#MAX_VALUE}: as it is now). */
    record At(Ref ref, long revision) {
    }

    private final JdbcClient jdbc;

    HistoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each reference with its name and link; a record that no longer exists and has no audit row is named by its
     * identifier. Links lead to the record's page as it is now.
     */
    Map<At, HistoryValue> resolve(Map<HistorySubject, Set<At>> bySubject) {
        Map<At, HistoryValue> names = new HashMap<>();
        bySubject.forEach((subject, wanted) -> {
            if (wanted.isEmpty()) {
                return;
            }
            List<At> references = List.copyOf(wanted);
            boolean textIds = references.get(0).ref().id() instanceof String;
            Object[] ids = references.stream()
                .map((at) -> at.ref().id())
                .toArray((size) -> textIds ? new String[size] : new Long[size]);
            Long[] revisions = references.stream().map(At::revision).toArray(Long[]::new);
            Naming naming = subject.naming();
            // r is the current row outside the sub-select and the audit row inside it: one name expression for both
            String sql = """
                    select p.id, p.rev, r.%2$s is not null as present,
                           coalesce((select %3$s from %4$s r where r.%2$s = p.id and r.rev <= p.rev and r.revtype <> 2
                                     order by r.rev desc limit 1), %3$s) as name
                    from unnest(cast(? as %5$s[]), cast(? as bigint[])) as p(id, rev)
                    left join %1$s r on r.%2$s = p.id
                    """.formatted(naming.table(), naming.idColumn(), naming.name(), naming.auditTable(),
                    textIds ? "text" : "bigint");
            this.jdbc.sql(sql).params(ids, revisions).query((ResultSet rs) -> {
                Object id = textIds ? rs.getString("id") : (Object) rs.getLong("id");
                String name = rs.getString("name");
                if (name != null) {
                    boolean linked = subject.hasPage() && rs.getBoolean("present");
                    names.put(new At(new Ref(subject, id), rs.getLong("rev")),
                            linked ? HistoryValue.link(name, "/" + subject.kind() + "/" + id) : HistoryValue.text(name));
                }
            });
            for (At at : references) {
                names.putIfAbsent(at, new HistoryValue(String.valueOf(at.ref().id()), "history.value.missing", null));
            }
        });
        return names;
    }

}
