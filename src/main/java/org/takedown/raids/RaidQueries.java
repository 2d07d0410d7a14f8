package org.takedown.raids;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.Keyset;
import org.takedown.shared.Like;
import org.takedown.shared.ListTotal;

import org.springframework.stereotype.Repository;

/**
 * The filtered lists of raids and servers. Each filter adds a condition only when it is set, so PostgreSQL sees a
 * plain query it can serve from the matching index; the sort orders come from a fixed map of the properties the
 * query records allow, never from the request.
 */
@Repository
class RaidQueries {

    /** What a server without a seizure date sorts as: before every date. */
    private static final String NO_DATE = "cast('0001-01-01' as LocalDate)";

    /**
     * The keys of the raid list's orders ({@link RaidListQuery#SORTS}), each served by an index on
     * {@code (key, id) where voided_at is null} (V250). "country" sorts by the jurisdiction's code (the column is
     * headed "Jurisdiction"), which keeps a country's raids together, its subdivisions after the country.
     */
    static final Keyset<RaidRow> RAID_KEYS = Keyset.<RaidRow>of("r.id", RaidRow::id)
        .order("date", Keyset.date("r.raidDate", RaidRow::raidDate))
        .order("country", Keyset.text("r.jurisdiction.code", RaidRow::jurisdictionCode))
        .order("status", Keyset.text("r.status", (row) -> row.status().name()));

    /**
     * The keys of the server grid's orders ({@link ServerListQuery#SORTS}), each served by an index on
     * {@code (key, id)} and one on {@code (country_code, key, id)} for the country filter (V20, V100, V250). The
     * nullable provider and seizure date sort through {@code coalesce}: no provider first, no date last when newest
     * come first; the indexes hold the same expressions.
     */
    static final Keyset<SeizedServerRow> SERVER_KEYS = Keyset.<SeizedServerRow>of("s.id", SeizedServerRow::id)
        .order("hostname", Keyset.text("s.hostname", SeizedServerRow::hostname))
        .order("country", Keyset.text("s.country.code", SeizedServerRow::countryCode))
        .order("status", Keyset.text("s.status", (row) -> row.status().name()))
        .order("role", Keyset.text("s.role", (row) -> row.role().name()))
        .order("provider", Keyset.text("coalesce(s.hostingProvider, '')",
                (row) -> (row.hostingProvider() != null) ? row.hostingProvider() : ""))
        .order("seized", Keyset.date("coalesce(s.seizedOn, " + NO_DATE + ")",
                (row) -> (row.seizedOn() != null) ? row.seizedOn() : LocalDate.of(1, 1, 1)));

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    /** The most servers, or raids, a list counts when its total is not a sum of counters. */
    static final int SERVER_COUNT_CAP = 1_000;

    private final EntityManager entityManager;

    RaidQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The raid list's rows; a WHERE from {@link #raidWhere} and an ORDER BY follow. The servers are counted with
     * {@code count(*)}, which PostgreSQL answers from the index on {@code raid_id} alone; {@code count(s)} counts ids
     * and reads every server row (ten times slower when exporting 50,000 raids).
     */
    private static final String RAID_SELECT = """
            select new org.takedown.raids.RaidRow(r.id, c.id, c.reference, j.code, j.name, j.countryCode,
                country.name, r.status, r.raidDate, r.localTime, r.timeZone, coalesce(la.acronym, la.name),
                (select count(*) from SeizedServer s where s.raid = r and s.voidedAt is null))
            from Raid r
                join CaseOfRaid c on c.id = r.caseId
                join r.jurisdiction j
                join Jurisdiction country on country.code = j.countryCode
                left join r.leadAgency la
            """;

    /** The WHERE clause of the raid list's query, the same for a page and for the export. */
    private static String raidWhere(RaidListQuery query, Map<String, Object> parameters) {
        // a voided raid leaves the list (few are: the list's indexes keep serving it, docs/scale.md)
        StringBuilder where = new StringBuilder(" where r.voidedAt is null");
        if (query.country() != null) {
            // a jurisdiction's code starts with its country's (a constraint of V250): the country's raids are one
            // range of the indexes on the code's prefix, in the list's order
            where.append(" and left(r.jurisdiction.code, 2) = :country");
            parameters.put("country", query.country());
        }
        if (query.caseId() != null) {
            where.append(" and r.caseId = :caseId");
            parameters.put("caseId", query.caseId());
        }
        DateRange dates = query.dates();
        if (dates.from() != null) {
            where.append(" and r.raidDate >= :from");
            parameters.put("from", dates.from());
        }
        if (dates.to() != null) {
            where.append(" and r.raidDate <= :to");
            parameters.put("to", dates.to());
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", query.status());
        }
        return where.toString();
    }

    /** The rows of one page of the raid list, as {@code plan} reads them. */
    List<RaidRow> raids(RaidListQuery query, Keyset.Plan plan) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = RAID_SELECT + raidWhere(query, parameters) + plan.condition() + plan.orderBy();
        parameters.putAll(plan.parameters());
        TypedQuery<RaidRow> rows = this.entityManager.createQuery(select, RaidRow.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(plan.offset()).setMaxResults(plan.limit()).getResultList();
    }

    /**
     * How many raids the list's query matches, in one statement that reads at most {@value #SERVER_COUNT_CAP} + 1
     * of them. Filtered by nothing or by country alone, more than that are "about" the raids per country that the
     * triggers of {@code country_activity} (V40) keep (they count voided raids too); any other filter says "more
     * than" the cap.
     */
    ListTotal raidTotal(RaidListQuery query) {
        if (query.caseId() == null && query.status() == null && query.from() == null && query.to() == null) {
            String country = (query.country() != null) ? " and left(r.jurisdiction_code, 2) = :country" : "";
            var count = this.entityManager.createNativeQuery("""
                    select (select count(*) from (select 1 from raid r where r.voided_at is null %s limit :cap) m),
                           (select coalesce(sum(a.raids), 0) from country_activity a where true %s)
                    """.formatted(country, (query.country() != null) ? " and a.country_code = :country" : ""),
                    Object[].class);
            count.setParameter("cap", SERVER_COUNT_CAP + 1);
            if (query.country() != null) {
                count.setParameter("country", query.country());
            }
            Object[] counts = (Object[]) count.getSingleResult();
            return ListTotal.counted(((Number) counts[0]).longValue(), SERVER_COUNT_CAP,
                    ((Number) counts[1]).longValue());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> ids = this.entityManager.createQuery(
                "select r.id from Raid r join r.jurisdiction j" + raidWhere(query, parameters), Long.class);
        parameters.forEach(ids::setParameter);
        return ListTotal.capped(ids.setMaxResults(SERVER_COUNT_CAP + 1).getResultList().size(), SERVER_COUNT_CAP);
    }

    /** The rows of one page of the server grid, as {@code plan} reads them. */
    List<SeizedServerRow> servers(ServerListQuery query, Keyset.Plan plan) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = SERVER_SELECT + serverWhere(query, parameters) + plan.condition() + plan.orderBy();
        parameters.putAll(plan.parameters());
        TypedQuery<SeizedServerRow> rows = this.entityManager.createQuery(select, SeizedServerRow.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(plan.offset()).setMaxResults(plan.limit()).getResultList();
    }

    /**
     * How many servers the grid's query matches, in one statement whose cost does not grow with the table. Filtered
     * by nothing but country and status, the grid's total is a sum of the counters that the triggers of
     * {@code server_status_activity} (V71) keep exact (voided servers left out): 1,000,000 servers cost a lookup.
     * Any other filter is counted up to {@value #SERVER_COUNT_CAP} matches and said to be "more than" that beyond,
     * since an exact count of a weak filter (a role, a year) would read a large part of a million rows on every
     * page (measured in docs/scale.md).
     */
    ListTotal serverTotal(ServerListQuery query) {
        if (query.role() == null && query.provider() == null && query.caseId() == null && query.from() == null
                && query.to() == null) {
            StringBuilder sql = new StringBuilder("select coalesce(sum(servers), 0) from server_status_activity where true");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (query.country() != null) {
                sql.append(" and country_code = :country");
                parameters.put("country", query.country());
            }
            if (query.status() != null) {
                sql.append(" and status = :status");
                parameters.put("status", query.status().name());
            }
            var count = this.entityManager.createNativeQuery(sql.toString(), Long.class);
            parameters.forEach(count::setParameter);
            return ListTotal.exact(((Number) count.getSingleResult()).longValue());
        }
        // the matches' ids up to the cap, unordered, so that PostgreSQL reads them from whichever index serves the
        // filter (a JPQL subquery with a limit would need an ORDER BY, which can turn it into a walk of the primary key)
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> ids = this.entityManager.createQuery("select s.id from SeizedServer s" + serverWhere(query,
                parameters), Long.class);
        parameters.forEach(ids::setParameter);
        return ListTotal.capped(ids.setMaxResults(SERVER_COUNT_CAP + 1).getResultList().size(), SERVER_COUNT_CAP);
    }

    /**
     * Every raid the query matches, in its order, passed one by one to {@code sink} while PostgreSQL sends them
     * through a cursor. Call inside a transaction: the cursor needs one (auto-commit off) to exist.
     */
    void streamRaids(RaidListQuery query, Consumer<? super RaidRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = RAID_SELECT + raidWhere(query, parameters) + RAID_KEYS.orderBy(query.sort());
        stream(select, RaidRow.class, parameters, sink);
    }

    /** The same for the server grid: every row, whatever page the grid shows. */
    void streamServers(ServerListQuery query, Consumer<? super SeizedServerRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = SERVER_SELECT + serverWhere(query, parameters) + SERVER_KEYS.orderBy(query.sort());
        stream(select, SeizedServerRow.class, parameters, sink);
    }

    /*
     * The rows are constructor-expression records, not entities, so the persistence context stays empty however many
     * pass; the fetch size makes the PostgreSQL driver read through a cursor, EXPORT_FETCH_SIZE rows at a time,
     * instead of loading the whole result before returning the first row.
     */
    private <T> void stream(String select, Class<T> type, Map<String, Object> parameters, Consumer<? super T> sink) {
        TypedQuery<T> query = this.entityManager.createQuery(select, type)
            .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
        parameters.forEach(query::setParameter);
        try (Stream<T> rows = query.getResultStream()) {
            rows.forEach(sink);
        }
    }

    /** The server grid's rows; a WHERE from {@link #serverWhere} and an ORDER BY follow. */
    private static final String SERVER_SELECT = """
            select new org.takedown.raids.SeizedServerRow(s.id, s.hostname, country.code, country.name, s.role,
                s.status, s.hostingProvider, s.seizedOn, r.id, c.id, c.reference)
            from SeizedServer s
                join s.country country
                join CaseOfRaid c on c.id = s.caseId
                left join s.raid r
            """;

    /** The WHERE clause of the server grid's query, the same for a page and for the export. */
    private static String serverWhere(ServerListQuery query, Map<String, Object> parameters) {
        // a voided server is in no list, count or export
        StringBuilder where = new StringBuilder(" where s.voidedAt is null");
        if (query.country() != null) {
            where.append(" and s.country.code = :country");
            parameters.put("country", query.country());
        }
        if (query.caseId() != null) {
            where.append(" and s.caseId = :caseId");
            parameters.put("caseId", query.caseId());
        }
        if (query.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", query.status());
        }
        if (query.role() != null) {
            where.append(" and s.role = :role");
            parameters.put("role", query.role());
        }
        if (query.provider() != null) {
            // served by the functional index ix_seized_server_provider_lower (V20)
            where.append(" and lower(s.hostingProvider) like :provider escape '\\'");
            parameters.put("provider", Like.startsWithLowerCase(query.provider()));
        }
        DateRange dates = query.dates();
        if (dates.from() != null) {
            where.append(" and s.seizedOn >= :from");
            parameters.put("from", dates.from());
        }
        if (dates.to() != null) {
            where.append(" and s.seizedOn <= :to");
            parameters.put("to", dates.to());
        }
        return where.toString();
    }

}
