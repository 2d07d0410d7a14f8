package org.takedown.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.Defendant;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.raids.Raid;
import org.takedown.raids.SeizedServer;

import org.springframework.stereotype.Component;

/**
 * The names of the records a history refers to, looked up in bulk: one statement per kind of record (jurisdictions,
 * agencies, cases, raids, defendants, servers), whatever the number of revisions and references. Names are the
 * current ones, as the rest of the application shows them; the History tab says so.
 */
@Component
class HistoryNames {

    /** A reference to a record of some type by its identifier. */
    record Ref(Class<?> type, Object id) {
    }

    private final EntityManager entityManager;

    HistoryNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this type of record can be named here; others are shown by their identifier. */
    static boolean supports(Class<?> type) {
        return type == Jurisdiction.class || type == Agency.class || type == EnforcementCase.class
                || type == Raid.class || type == Defendant.class || type == SeizedServer.class;
    }

    /** Each reference with its name and link; a record that no longer exists is named by its identifier. */
    Map<Ref, HistoryValue> resolve(Map<Class<?>, Set<Object>> idsByType) {
        Map<Ref, HistoryValue> names = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            if (ids.isEmpty()) {
                return;
            }
            for (Object[] row : rows(type, ids)) {
                names.put(new Ref(type, row[0]), value(type, row));
            }
            for (Object id : ids) {
                names.putIfAbsent(new Ref(type, id), new HistoryValue(String.valueOf(id), "history.value.missing", null));
            }
        });
        return names;
    }

    private List<Object[]> rows(Class<?> type, Collection<Object> ids) {
        String jpql;
        if (type == Jurisdiction.class) {
            jpql = "select j.code, j.name from Jurisdiction j where j.code in :ids";
        }
        else if (type == Agency.class) {
            jpql = "select a.id, a.name, a.acronym from Agency a where a.id in :ids";
        }
        else if (type == EnforcementCase.class) {
            jpql = "select c.id, c.reference from EnforcementCase c where c.id in :ids";
        }
        else if (type == Raid.class) {
            jpql = "select r.id, r.raidDate, j.name from Raid r join r.jurisdiction j where r.id in :ids";
        }
        else if (type == Defendant.class) {
            jpql = "select d.id, d.fullName from Defendant d where d.id in :ids";
        }
        else if (type == SeizedServer.class) {
            jpql = "select s.id, s.hostname from SeizedServer s where s.id in :ids";
        }
        else {
            return List.of();
        }
        return this.entityManager.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static HistoryValue value(Class<?> type, Object[] row) {
        if (type == Jurisdiction.class) {
            return HistoryValue.link((String) row[1], "/jurisdictions/" + row[0]);
        }
        if (type == Agency.class) {
            String acronym = (String) row[2];
            return HistoryValue.text(acronym == null || acronym.isBlank() ? (String) row[1]
                    : row[1] + " (" + acronym + ")");
        }
        if (type == EnforcementCase.class) {
            return HistoryValue.link((String) row[1], "/cases/" + row[0]);
        }
        if (type == Raid.class) {
            return HistoryValue.link((LocalDate) row[1] + ", " + row[2], "/raids/" + row[0]);
        }
        if (type == Defendant.class) {
            return HistoryValue.link((String) row[1], "/defendants/" + row[0]);
        }
        return HistoryValue.link((String) row[1], "/servers/" + row[0]);
    }

}
