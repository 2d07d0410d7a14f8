package org.takedown.shared.web;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 409 page shows when a save lost a race: for each submitted field that the record has, the value the user
 * entered beside the value saved meanwhile, so they can redo their change without losing either.
 */
@Component
class EditConflict {

    private static final Set<String> NOT_FIELDS = Set.of("_csrf", "version");

    private final EntityManager entityManager;

    EditConflict(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<ConflictingField> compare(ObjectOptimisticLockingFailureException conflict,
            Map<String, String[]> submitted) {
        Class<?> type = conflict.getPersistentClass();
        Object id = conflict.getIdentifier();
        if (type == null || id == null) {
            return List.of();
        }
        Object current = this.entityManager.find(type, id);
        if (current == null) {
            return List.of();
        }
        BeanWrapper record = PropertyAccessorFactory.forBeanPropertyAccess(current);
        List<ConflictingField> fields = new ArrayList<>();
        submitted.forEach((name, values) -> {
            if (NOT_FIELDS.contains(name) || name.startsWith("_") || !record.isReadableProperty(name)) {
                return;
            }
            String yours = String.join(", ", values);
            String saved = display(record.getPropertyValue(name));
            fields.add(new ConflictingField(name, yours, saved, !Objects.equals(yours, saved)));
        });
        return fields;
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

    /** A submitted field: what the user entered, what is saved now, and whether they differ. */
    record ConflictingField(String name, String yours, String saved, boolean differs) {
    }

}
