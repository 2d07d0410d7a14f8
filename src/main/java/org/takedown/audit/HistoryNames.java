package org.takedown.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.Defendant;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.raids.Raid;
import org.takedown.raids.SeizedServer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of the records a history refers to, as they were at each revision, looked up in bulk: one statement per
 * kind of record (jurisdictions, agencies, cases, raids, defendants, servers), whatever the number of revisions and
 * references. Each name is read from the record's own audit table at the latest revision not after the one shown;
 * a record with no audit row that old (loaded outside the application, as the countries are) is named as it is now.
 */
@Component
class HistoryNames {

    /** A reference to a record of some type by its identifier. */
    record Ref(Class<?> type, Object id) {
    }

    /** A reference to be named as the record stood at a revision ({@link Long#MAX_VALUE}: as it is now). */
    record At(Ref ref, long revision) {
    }

    /** Per kind of record: the current table, its audit table, the identifier column and the name's expression. */
    private record Source(String table, String audit, String idColumn, String idType, String current, String past,
            String link) {
    }

    private static final Map<Class<?>, Source> SOURCES = Map.of(
            Jurisdiction.class, new Source("jurisdiction", "jurisdiction_aud", "code", "text", "t.name", "a.name",
                    "/jurisdictions/"),
            Agency.class, new Source("agency", "agency_aud", "id", "bigint",
                    "t.name || coalesce(' (' || nullif(t.acronym, '') || ')', '')",
                    "a.name || coalesce(' (' || nullif(a.acronym, '') || ')', '')", null),
            EnforcementCase.class, new Source("enforcement_case", "enforcement_case_aud", "id", "bigint", "t.reference",
                    "a.reference", "/cases/"),
            Raid.class, new Source("raid", "raid_aud", "id", "bigint",
                    "to_char(t.raid_date, 'YYYY-MM-DD') || ', ' || (select j.name from jurisdiction j where j.code = t.jurisdiction_code)",
                    "to_char(a.raid_date, 'YYYY-MM-DD') || ', ' || (select j.name from jurisdiction j where j.code = a.jurisdiction_code)",
                    "/raids/"),
            Defendant.class, new Source("defendant", "defendant_aud", "id", "bigint", "t.full_name", "a.full_name",
                    "/defendants/"),
            SeizedServer.class, new Source("seized_server", "seized_server_aud", "id", "bigint", "t.hostname",
                    "a.hostname", "/servers/"));

    private final JdbcClient jdbc;

    HistoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this type of record can be named here; others are shown by their identifier. */
    static boolean supports(Class<?> type) {
        return SOURCES.containsKey(type);
    }

    /**
     * Each reference with its name and link; a record that no longer exists and has no audit row is named by its
     * identifier. Links lead to the record's page as it is now.
     */
    Map<At, HistoryValue> resolve(Map<Class<?>, Set<At>> byType) {
        Map<At, HistoryValue> names = new HashMap<>();
        byType.forEach((type, wanted) -> {
            Source source = SOURCES.get(type);
            if (wanted.isEmpty() || source == null) {
                return;
            }
            List<At> references = List.copyOf(wanted);
            Object[] ids = references.stream()
                .map((at) -> "text".equals(source.idType()) ? String.valueOf(at.ref().id()) : at.ref().id())
                .toArray((size) -> "text".equals(source.idType()) ? new String[size] : new Long[size]);
            Long[] revisions = references.stream().map(At::revision).toArray(Long[]::new);
            String sql = """
                    select p.id, p.rev, t.%s is not null as present, coalesce((select %s from %s a where a.%s = p.id and a.rev <= p.rev
                                                  and a.revtype <> 2 order by a.rev desc limit 1), %s) as name
                    from unnest(cast(? as %s[]), cast(? as bigint[])) as p(id, rev)
                    left join %s t on t.%s = p.id
                    """.formatted(source.idColumn(), source.past(), source.audit(), source.idColumn(), source.current(),
                    source.idType(), source.table(), source.idColumn());
            this.jdbc.sql(sql).params(ids, revisions).query((java.sql.ResultSet rs) -> {
                Object id = "text".equals(source.idType()) ? rs.getString("id") : (Object) rs.getLong("id");
                String name = rs.getString("name");
                if (name != null) {
                    boolean linked = source.link() != null && rs.getBoolean("present");
                    names.put(new At(new Ref(type, id), rs.getLong("rev")),
                            linked ? HistoryValue.link(name, source.link() + id) : HistoryValue.text(name));
                }
            });
            for (At at : references) {
                names.putIfAbsent(at, new HistoryValue(String.valueOf(at.ref().id()), "history.value.missing", null));
            }
        });
        return names;
    }

}
