package org.takedown.shared.web;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * What the 409 page shows when a save lost a race, for every form with optimistic locking alike: for each submitted
 * field that the record has, the value the user entered beside the value saved meanwhile; a link to the record as it
 * is now; and the user's own values ready to be sent again to the same address with the record's current version,
 * so that they can redo their change without typing it again, or leave it.
 * <p>
 * Which submitted version belongs to the record that changed: a {@code servers[2].version} whose
 * {@code servers[2].id} is the record's id, a {@code mergedVersion} whose {@code mergedId} is; otherwise
 * {@code version} (or {@code survivorVersion}) belongs to the record the address names last ({@code /cases/7/status}:
 * case 7), when the record is of that address's kind.
 */
@Component
class EditConflict {

    private static final Set<String> NOT_FIELDS = Set.of("_csrf", "version");

    /** Properties that name a record, in the order they are tried: a case's reference, a server's host name… */
    private static final List<String> NAMES = List.of("reference", "hostname", "fullName", "username", "name");

    private static final Pattern VERSION = Pattern.compile("^(?:(.+)\\.version|(.+)Version|version)$");

    private final EntityManager entityManager;

    private final RecordPages recordPages;

    EditConflict(EntityManager entityManager, RecordPages recordPages) {
        this.entityManager = entityManager;
        this.recordPages = recordPages;
    }

    /**
     * The conflict as the page shows it.
     * @param path the address the form was sent to, within the application
     * @param submitted the request's parameters as the form sent them
     */
    @Transactional(readOnly = true)
    public Conflict describe(ObjectOptimisticLockingFailureException conflict, String path,
            Map<String, String[]> submitted) {
        RecordPages.Page page = this.recordPages.pageOf(path);
        Class<?> type = persistentClass(conflict);
        Object id = conflict.getIdentifier();
        Object current = (type == null || id == null) ? null : this.entityManager.find(type, id);
        if (current == null) {
            return new Conflict(List.of(), page == null ? null : new RecordLink(page.path(), page.kind(), null), null);
        }
        BeanWrapper record = PropertyAccessorFactory.forBeanPropertyAccess(current);
        String name = (page != null && page.sameRecordAs(path) && Objects.equals(page.lastId(), String.valueOf(id))
                && kindOf(page.kind(), type)) ? name(record) : null;
        RecordLink link = (page == null) ? null : new RecordLink(page.path(), page.kind(), name);
        Object currentVersion = record.isReadableProperty("version") ? record.getPropertyValue("version") : null;
        return new Conflict(fields(record, submitted), link,
                reapply(path, submitted, type, String.valueOf(id), currentVersion));
    }

    /**
     * The record's class: given as a class when a service found the version stale, only by name when Hibernate did,
     * at the flush.
     */
    private static Class<?> persistentClass(ObjectOptimisticLockingFailureException conflict) {
        if (conflict.getPersistentClass() != null) {
            return conflict.getPersistentClass();
        }
        String name = conflict.getPersistentClassName();
        if (name == null) {
            return null;
        }
        try {
            return ClassUtils.forName(name, EditConflict.class.getClassLoader());
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return null;
        }
    }

    private static List<ConflictingField> fields(BeanWrapper record, Map<String, String[]> submitted) {
        List<ConflictingField> fields = new ArrayList<>();
        submitted.forEach((name, values) -> {
            if (NOT_FIELDS.contains(name) || name.startsWith("_") || sensitive(name)
                    || !record.isReadableProperty(name)) {
                return;
            }
            String yours = String.join(", ", values);
            String saved = display(record.getPropertyValue(name));
            fields.add(new ConflictingField(name, yours, saved, !Objects.equals(yours, saved)));
        });
        return fields;
    }

    /**
     * The submitted values with the record's current version in place of the stale one, or {@code null} when they
     * cannot be sent again as they were: a password is never written into a page, and a version that cannot be told
     * to be the record's is not guessed.
     */
    private static Reapply reapply(String path, Map<String, String[]> submitted, Class<?> type, String id,
            Object currentVersion) {
        if (currentVersion == null || submitted.keySet().stream().anyMatch(EditConflict::sensitive)) {
            return null;
        }
        String pathId = RecordPages.lastId(path);
        String pathKind = RecordPages.kindBefore(path, pathId);
        boolean replaced = false;
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : submitted.entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("_")) {
                continue;
            }
            List<String> given = List.of(parameter.getValue());
            Matcher version = VERSION.matcher(name);
            if (version.matches()) {
                String owner = ownerOf(version, submitted);
                boolean ours = (owner != null) ? owner.equals(id)
                        : Objects.equals(pathId, id) && pathKind != null && kindOf(pathKind, type);
                if (ours) {
                    given = List.of(String.valueOf(currentVersion));
                    replaced = true;
                }
            }
            values.put(name, given);
        }
        if (!replaced) {
            return null;
        }
        List<Value> hidden = new ArrayList<>();
        values.forEach((name, given) -> given.forEach((value) -> hidden.add(new Value(name, value))));
        return new Reapply(path, hidden);
    }

    /** The id the version's record has among the parameters ({@code servers[2].id}, {@code mergedId}), if any. */
    private static String ownerOf(Matcher version, Map<String, String[]> submitted) {
        String idParameter = (version.group(1) != null) ? version.group(1) + ".id"
                : (version.group(2) != null) ? version.group(2) + "Id" : null;
        String[] owner = (idParameter == null) ? null : submitted.get(idParameter);
        return (owner == null || owner.length == 0) ? null : owner[0];
    }

    /** Whether a record of this type is what the address's kind ({@code cases}, {@code servers}) holds. */
    private static boolean kindOf(String kind, Class<?> type) {
        String singular = kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
        return type.getSimpleName().toLowerCase(Locale.ROOT).contains(singular.toLowerCase(Locale.ROOT));
    }

    private static boolean sensitive(String parameter) {
        return parameter.toLowerCase(Locale.ROOT).contains("password");
    }

    private static String name(BeanWrapper record) {
        for (String property : NAMES) {
            if (record.isReadableProperty(property)) {
                Object name = record.getPropertyValue(property);
                if (name != null && !name.toString().isBlank()) {
                    return name.toString();
                }
            }
        }
        return null;
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        Object unproxied = Hibernate.unproxy(value);
        if (unproxied instanceof Collection<?> collection) {
            return String.join(", ", collection.stream().map(EditConflict::display).toList());
        }
        if (unproxied.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(unproxied); i++) {
                items.add(display(Array.get(unproxied, i)));
            }
            return String.join(", ", items);
        }
        return String.valueOf(unproxied);
    }

    /** What the 409 page shows; the link and the values to send again may be missing. */
    record Conflict(List<ConflictingField> fields, RecordLink record, Reapply reapply) {
    }

    /** A submitted field: what the user entered, what is saved now, and whether they differ. */
    record ConflictingField(String name, String yours, String saved, boolean differs) {
    }

    /** The record's page; kind: the address's collection ({@code cases}); name: the record's, when it is known. */
    record RecordLink(String path, String kind, String name) {
    }

    /** The form that sends the user's values again: the same address, every value, the current version. */
    record Reapply(String action, List<Value> values) {
    }

    record Value(String name, String value) {
    }

}
