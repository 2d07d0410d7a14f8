package org.takedown.raids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The filtered lists of raids and servers. Each filter adds a condition only when it is set, so PostgreSQL sees a
 * plain query it can serve from the matching index; the sort orders come from a fixed map, never from the request.
 */
@Repository
class RaidQueries {

    /** Sort keys the raid list accepts, as the URL names them, and the JPQL they stand for. */
    static final Map<String, String> RAID_SORTS = Map.of("date", "r.raidDate", "country", "country.name", "status",
            "r.status");

    /** Sort keys the server grid accepts; each column has an index on (column, id). */
    static final Map<String, String> SERVER_SORTS = Map.of("hostname", "s.hostname", "country", "s.country.code",
            "status", "s.status", "role", "s.role", "provider", "s.hostingProvider", "seized", "s.seizedOn", "id",
            "s.id");

    static final Set<String> RAID_SORT_KEYS = RAID_SORTS.keySet();

    static final Set<String> SERVER_SORT_KEYS = SERVER_SORTS.keySet();

    /** Rows the driver reads at a time during an export. */
    static final int EXPORT_FETCH_SIZE = 1_000;

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
                (select count(*) from SeizedServer s where s.raid = r))
            from Raid r
                join CaseOfRaid c on c.id = r.caseId
                join r.jurisdiction j
                join Jurisdiction country on country.code = j.countryCode
                left join r.leadAgency la
            """;

    /** The WHERE clause of the raid filters, the same for a page and for the export. */
    private static String raidWhere(RaidCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.countryCode() != null) {
            where.append(" and j.countryCode = :country");
            parameters.put("country", criteria.countryCode());
        }
        if (criteria.caseId() != null) {
            where.append(" and r.caseId = :caseId");
            parameters.put("caseId", criteria.caseId());
        }
        if (criteria.from() != null) {
            where.append(" and r.raidDate >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" and r.raidDate <= :to");
            parameters.put("to", criteria.to());
        }
        if (criteria.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", criteria.status());
        }
        return where.toString();
    }

    Page<RaidRow> raids(RaidCriteria criteria, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = raidWhere(criteria, parameters);
        String select = RAID_SELECT + where + orderBy(pageable.getSort(), RAID_SORTS, "r.id");
        TypedQuery<RaidRow> query = this.entityManager.createQuery(select, RaidRow.class);
        parameters.forEach(query::setParameter);
        List<RaidRow> rows = query.setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize())
            .getResultList();
        TypedQuery<Long> count = this.entityManager
            .createQuery("select count(r) from Raid r join r.jurisdiction j" + where, Long.class);
        parameters.forEach(count::setParameter);
        return new PageImpl<>(rows, pageable, count.getSingleResult());
    }

    /**
     * One page of the server grid, without counting every match: with a million servers an exact count costs more
     * than the page itself, so the page only says whether a next one exists (one row more is read to know).
     */
    Slice<SeizedServerRow> servers(ServerCriteria criteria, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean keyset = criteria.afterId() != null && isNewestFirst(pageable.getSort());
        String where = serverWhere(criteria, keyset, parameters);
        String select = SERVER_SELECT + where + orderBy(pageable.getSort(), SERVER_SORTS, "s.id");
        TypedQuery<SeizedServerRow> query = this.entityManager.createQuery(select, SeizedServerRow.class);
        parameters.forEach(query::setParameter);
        List<SeizedServerRow> rows = query.setFirstResult(keyset ? 0 : (int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize() + 1)
            .getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /**
     * Every raid the filter matches, in the list's order, passed one by one to {@code sink} while PostgreSQL sends
     * them through a cursor. Call inside a transaction: the cursor needs one (auto-commit off) to exist.
     */
    void streamRaids(RaidCriteria criteria, Sort sort, Consumer<? super RaidRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = RAID_SELECT + raidWhere(criteria, parameters) + orderBy(sort, RAID_SORTS, "r.id");
        stream(select, RaidRow.class, parameters, sink);
    }

    /** The same for the server grid; the keyset position ({@code after}) is ignored: an export holds every row. */
    void streamServers(ServerCriteria criteria, Sort sort, Consumer<? super SeizedServerRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = SERVER_SELECT + serverWhere(criteria, false, parameters)
                + orderBy(sort, SERVER_SORTS, "s.id");
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

    /** The WHERE clause of the server filters, the same for a page and for the export. */
    private static String serverWhere(ServerCriteria criteria, boolean keyset, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (keyset) {
            // keyset paging: the next page starts below the last id shown, however deep, without an offset
            where.append(" and s.id < :after");
            parameters.put("after", criteria.afterId());
        }
        if (criteria.countryCode() != null) {
            where.append(" and s.country.code = :country");
            parameters.put("country", criteria.countryCode());
        }
        if (criteria.caseId() != null) {
            where.append(" and s.caseId = :caseId");
            parameters.put("caseId", criteria.caseId());
        }
        if (criteria.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.role() != null) {
            where.append(" and s.role = :role");
            parameters.put("role", criteria.role());
        }
        if (criteria.providerPrefix() != null) {
            // served by the functional index ix_seized_server_provider_lower (V20)
            where.append(" and lower(s.hostingProvider) like :provider escape '!'");
            parameters.put("provider", likePrefix(criteria.providerPrefix()));
        }
        if (criteria.from() != null) {
            where.append(" and s.seizedOn >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" and s.seizedOn <= :to");
            parameters.put("to", criteria.to());
        }
        return where.toString();
    }

    /** Whether the order is the grid's default, newest first, which keyset paging serves. */
    static boolean isNewestFirst(Sort sort) {
        List<Sort.Order> orders = sort.toList();
        return orders.size() == 1 && orders.get(0).getProperty().equals("id") && orders.get(0).isDescending();
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

    static String likePrefix(String text) {
        String escaped = text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
        return escaped + "%";
    }

}
