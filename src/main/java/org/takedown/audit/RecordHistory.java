package org.takedown.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.takedown.audit.HistoryNames.At;
import org.takedown.audit.HistoryNames.Ref;
import org.takedown.cases.CaseStatus;
import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.LegalStatus;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of one audited record, read from the Envers tables a page at a time, newest revision first: for every
 * revision, who made it, when, and which fields went from what to what, in the words of the rest of the application.
 * Enum values become translated labels, moments are shown in UTC, and associations are named (a case by its
 * reference, a jurisdiction by its name) through {@link HistoryNames}, which looks the names up in one statement per
 * kind of record, so that a page costs the same number of statements however many revisions and references it holds.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

    /** Bookkeeping columns whose every change would drown the real ones. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    /** The message-key prefix of each enumeration's labels, as the other pages use them. */
    private static final Map<Class<?>, String> ENUM_LABELS = Map.of(CaseStatus.class, "case.status", LegalStatus.class,
            "defendant.legalStatus", RaidStatus.class, "raid.status", LegalBasis.class, "raid.legalBasis",
            ServerRole.class, "server.role", ServerStatus.class, "server.status");

    /** Moments are shown in UTC as on every other page. */
    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    private final EntityManager entityManager;

    private final HistoryNames names;

    RecordHistory(EntityManager entityManager, HistoryNames names) {
        this.entityManager = entityManager;
        this.names = names;
    }

    /**
     * One page of the record's history, newest revision first, with the record's own name; {@code null} when the
     * record does not exist. A record loaded without the application (synthetic data) exists with no revisions.
     */
    public History of(Class<?> type, Object id, Pageable pageable) {
        AuditReader reader = AuditReaderFactory.get(this.entityManager);
        long total = ((Number) reader.createQuery()
            .forRevisionsOfEntity(type, true, true)
            .addProjection(AuditEntity.revisionNumber().count())
            .add(AuditEntity.id().eq(id))
            .getSingleResult()).longValue();
        if (total == 0 && this.entityManager.find(type, id) == null) {
            return null;
        }
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        List<Object[]> rows = List.of();
        if (page.getOffset() < total) {
            // one revision more than the page shows: the state before the page's oldest revision
            @SuppressWarnings("unchecked")
            List<Object[]> found = reader.createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize() + 1)
                .getResultList();
            rows = found;
        }
        List<SingularAttribute<?, ?>> attributes = comparedAttributes(type);
        Map<Class<?>, Set<At>> references = new LinkedHashMap<>();
        At self = new At(new Ref(type, id), Long.MAX_VALUE);
        references.computeIfAbsent(type, (key) -> new HashSet<>()).add(self);
        List<RawRevision> raw = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), page.getPageSize()); i++) {
            Object[] row = rows.get(i);
            Object snapshot = row[0];
            Object previous = (i + 1 < rows.size()) ? rows.get(i + 1)[0] : null;
            long previousRevision = (i + 1 < rows.size()) ? ((AuditRevision) rows.get(i + 1)[1]).getId() : 0;
            long thisRevision = ((AuditRevision) row[1]).getId();
            RevisionType revisionType = (RevisionType) row[2];
            List<RawChange> changes = new ArrayList<>();
            for (SingularAttribute<?, ?> attribute : attributes) {
                Object before = previous != null ? raw(previous, attribute) : null;
                Object after = revisionType == RevisionType.DEL ? null : raw(snapshot, attribute);
                if (!Objects.equals(before, after)) {
                    changes.add(new RawChange(attribute.getName(), at(before, previousRevision),
                            at(after, thisRevision)));
                    collect(at(before, previousRevision), references);
                    collect(at(after, thisRevision), references);
                }
            }
            raw.add(new RawRevision((AuditRevision) row[1], revisionType, changes));
        }
        Map<At, HistoryValue> named = this.names.resolve(references);
        List<RevisionChanges> revisions = raw.stream()
            .map((revision) -> new RevisionChanges(revision.revision().getId(), revision.revision().getChangedAt(),
                    revision.revision().getUsername(), revision.type(),
                    revision.changes()
                        .stream()
                        .map((change) -> new FieldChange(change.field(), display(change.field(), change.before(), named),
                                display(change.field(), change.after(), named)))
                        .toList()))
            .toList();
        HistoryValue title = named.getOrDefault(self, HistoryValue.text(String.valueOf(id)));
        return new History(new HistoryValue(title.text(), null, null), new PageImpl<>(revisions, page, total));
    }

    /** A page of a record's history and the record's own name (as text, for the heading). */
    public record History(HistoryValue record, Page<RevisionChanges> revisions) {
    }

    private record RawRevision(AuditRevision revision, RevisionType type, List<RawChange> changes) {
    }

    private record RawChange(String field, Object before, Object after) {
    }

    /** An association to be named as it stood at the revision; any other value as it is. */
    private static Object at(Object value, long revision) {
        return (value instanceof Ref ref) ? new At(ref, revision) : value;
    }

    private static void collect(Object value, Map<Class<?>, Set<At>> references) {
        if (value instanceof At at && HistoryNames.supports(at.ref().type())) {
            references.computeIfAbsent(at.ref().type(), (key) -> new HashSet<>()).add(at);
        }
    }

    private List<SingularAttribute<?, ?>> comparedAttributes(Class<?> type) {
        return this.entityManager.getMetamodel()
            .entity(type)
            .getSingularAttributes()
            .stream()
            .filter((attribute) -> !attribute.isId() && !attribute.isVersion() && !IGNORED.contains(attribute.getName()))
            .filter((attribute) -> attribute.getPersistentAttributeType() != Attribute.PersistentAttributeType.EMBEDDED)
            .sorted(Comparator.comparing(Attribute::getName, String.CASE_INSENSITIVE_ORDER))
            .<SingularAttribute<?, ?>>map((attribute) -> attribute)
            .toList();
    }

    /**
     * The value of a field as it is compared between revisions: an association by a {@link Ref} to its identifier
     * (never loading the associated record), an array as a list, anything else as it is.
     */
    private Object raw(Object snapshot, SingularAttribute<?, ?> attribute) {
        Object value = valueOf(snapshot, attribute);
        if (value == null) {
            return null;
        }
        if (attribute.getName().equals("caseId")) {
            // raids, servers, charges and extradition requests hold their case by id: named like an association
            return new Ref(EnforcementCase.class, value);
        }
        if (attribute.isAssociation()) {
            Object identifier = (value instanceof HibernateProxy proxy)
                    ? proxy.getHibernateLazyInitializer().getInternalIdentifier()
                    : this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
            return identifier == null ? null : new Ref(attribute.getJavaType(), identifier);
        }
        if (value instanceof Object[] array) {
            return array.length == 0 ? null : Arrays.asList(array);
        }
        return value;
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

    private static HistoryValue display(String field, Object value, Map<At, HistoryValue> named) {
        if (value == null) {
            return null;
        }
        if (value instanceof At at) {
            return named.getOrDefault(at, HistoryValue.text(String.valueOf(at.ref().id())));
        }
        if (value instanceof Enum<?> constant) {
            String prefix = ENUM_LABELS.get(constant.getDeclaringClass());
            return prefix != null ? HistoryValue.label(prefix + "." + constant.name()) : HistoryValue.text(constant.name());
        }
        if (value instanceof Instant instant) {
            return HistoryValue.text(UTC_MINUTES.format(instant));
        }
        if (value instanceof Boolean flag) {
            return HistoryValue.label(flag ? "history.value.yes" : "history.value.no");
        }
        if (value instanceof ZoneId zone) {
            return HistoryValue.text(zone.getId());
        }
        if (value instanceof List<?> list) {
            return HistoryValue.text(String.join(", ", list.stream().map(String::valueOf).toList()));
        }
        if ("asn".equals(field) && value instanceof Number) {
            return HistoryValue.text("AS" + value);
        }
        return HistoryValue.text(String.valueOf(value));
    }

}
