package org.takedown.raids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.Like;
import org.takedown.shared.ListTotal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The filtered lists of raids and servers. Each filter adds a condition only when it is set, so PostgreSQL sees a
 * plain query it can serve from the matching index; the sort orders come from a fixed map of the properties the
 * query records allow, never from the request.
 */
@Repository
class RaidQueries {

    /** The JPQL each order of {@link RaidListQuery#SORTS} stands for. */
    private static final Map<String, String> RAID_SORTS = Map.of("date", "r.raidDate", "country", "country.name",
            "status", "r.status");

    /** The JPQL each order of {@link ServerListQuery#SORTS} stands for. */
    private static final Map<String, String> SERVER_SORTS = Map.of("hostname", "s.hostname", "country",
            "s.country.code", "status", "s.status", "role", "s.role", "provider", "s.hostingProvider", "seized",
            "s.seizedOn", "id", "s.id");

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    /** The most servers the grid counts when its total is not a sum of counters. */
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
            where.append(" and j.countryCode = :country");
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

    Page<RaidRow> raids(RaidListQuery query, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = raidWhere(query, parameters);
        String select = RAID_SELECT + where + orderBy(pageable.getSort(), RAID_SORTS, "r.id");
        TypedQuery<RaidRow> rowQuery = this.entityManager.createQuery(select, RaidRow.class);
        parameters.forEach(rowQuery::setParameter);
        List<RaidRow> rows = rowQuery.setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList();
        TypedQuery<Long> count = this.entityManager
            .createQuery("select count(r) from Raid r join r.jurisdiction j" + where, Long.class);
        parameters.forEach(count::setParameter);
        return new PageImpl<>(rows, pageable, count.getSingleResult());
    }

    /**
     * One page of the server grid, without counting every match: with a million servers an exact count costs more
     * than the page itself, so the page only says whether a next one exists (one row more is read to know). With
     * {@code afterId}, the grid's default order continues below that id (keyset paging) instead of at an offset.
     */
    Slice<SeizedServerRow> servers(ServerListQuery query, Pageable pageable, Long afterId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean keyset = afterId != null && query.pagedByKeyset();
        String where = serverWhere(query, parameters);
        if (keyset) {
            // the next page starts below the last id shown, however deep, without an offset
            where += " and s.id < :after";
            parameters.put("after", afterId);
        }
        String select = SERVER_SELECT + where + orderBy(query.sort(), SERVER_SORTS, "s.id");
        TypedQuery<SeizedServerRow> rowQuery = this.entityManager.createQuery(select, SeizedServerRow.class);
        parameters.forEach(rowQuery::setParameter);
        List<SeizedServerRow> rows = rowQuery.setFirstResult(keyset ? 0 : (int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize() + 1)
            .getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
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
        String select = RAID_SELECT + raidWhere(query, parameters) + orderBy(query.sort(), RAID_SORTS, "r.id");
        stream(select, RaidRow.class, parameters, sink);
    }

    /** The same for the server grid: every row, whatever page the grid shows. */
    void streamServers(ServerListQuery query, Consumer<? super SeizedServerRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = SERVER_SELECT + serverWhere(query, parameters) + orderBy(query.sort(), SERVER_SORTS, "s.id");
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

    /** The ORDER BY of whitelisted keys, ending with the id in the direction of the last order as a tie-breaker. */
    private static String orderBy(Sort sort, Map<String, String> allowed, String id) {
        StringBuilder orderBy = new StringBuilder(" order by ");
        Sort.Direction last = Sort.Direction.DESC;
        for (Sort.Order order : sort) {
            String path = allowed.get(order.getProperty());
            if (path != null && !path.equals(id)) {
                orderBy.append(path).append(order.isAscending() ? " asc, " : " desc, ");
            }
            last = order.getDirection();
        }
        return orderBy.append(id).append(last.isAscending() ? " asc" : " desc").toString();
    }

}
