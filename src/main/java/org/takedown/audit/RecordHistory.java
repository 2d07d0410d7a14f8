package org.takedown.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of one audited record, read from the Envers tables: for every revision, who made it, when, and which
 * fields went from what to what. Associations are shown by their identifier (a jurisdiction's code, an agency's id)
 * so that reading a history never loads the associated records one by one.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

    /** Bookkeeping columns whose every change would drown the real ones. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    private final EntityManager entityManager;

    RecordHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest revision first; empty when the record does not exist or was written without the application. */
    public List<RevisionChanges> of(Class<?> type, Object id) {
        AuditReader reader = AuditReaderFactory.get(this.entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = reader.createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
        List<SingularAttribute<?, ?>> attributes = comparedAttributes(type);
        List<RevisionChanges> history = new ArrayList<>();
        Object previous = null;
        for (Object[] row : revisions) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            for (SingularAttribute<?, ?> attribute : attributes) {
                String before = previous != null ? display(valueOf(previous, attribute)) : null;
                String after = revisionType == RevisionType.DEL ? null : display(valueOf(snapshot, attribute));
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(attribute.getName(), before, after));
                }
            }
            history.add(new RevisionChanges(revision.getId(), revision.getChangedAt(), revision.getUsername(),
                    revisionType, changes));
            previous = snapshot;
        }
        Collections.reverse(history);
        return history;
    }

    /** Whether the record exists: one loaded in bulk outside the application (synthetic data) has no revisions. */
    public boolean exists(Class<?> type, Object id) {
        return this.entityManager.find(type, id) != null;
    }

    private List<SingularAttribute<?, ?>> comparedAttributes(Class<?> type) {
        return this.entityManager.getMetamodel()
            .entity(type)
            .getSingularAttributes()
            .stream()
            .filter((attribute) -> !attribute.isId() && !attribute.isVersion() && !IGNORED.contains(attribute.getName()))
            .filter((attribute) -> attribute.getPersistentAttributeType() != Attribute.PersistentAttributeType.EMBEDDED)
            .sorted(java.util.Comparator.comparing(Attribute::getName))
            .<SingularAttribute<?, ?>>map((attribute) -> attribute)
            .toList();
    }

    private Object valueOf(Object snapshot, SingularAttribute<?, ?> attribute) {
        if (snapshot == null) {
            return null;
        }
        try {
            Field field = (Field) attribute.getJavaMember();
            field.setAccessible(true);
            return field.get(snapshot);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException("Cannot read " + attribute.getName(), ex);
        }
    }

    private String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
        }
        if (value instanceof Object[] array) {
            return array.length == 0 ? null : String.join(", ", Arrays.stream(array).map(String::valueOf).toList());
        }
        if (value instanceof Instant || value instanceof Enum<?> || value instanceof CharSequence
                || value instanceof Number || value instanceof Boolean || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        Object identifier = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
        return String.valueOf(identifier);
    }

}
