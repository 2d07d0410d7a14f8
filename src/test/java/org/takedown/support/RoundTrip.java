package org.takedown.support;

import jakarta.persistence.EntityManager;
import org.takedown.jurisdictions.Jurisdiction;

/**
 * Writes entities and reads them back from PostgreSQL through an empty persistence context, for the round-trip tests
 * of each module's entities. Use inside a (test) transaction.
 */
public final class RoundTrip {

    private final EntityManager entityManager;

    public RoundTrip(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> T persist(T entity) {
        this.entityManager.persist(entity);
        return entity;
    }

    /** Flushes what was written, forgets every entity and reads this one from the database again. */
    public <T> T reread(Class<T> type, Object id) {
        this.entityManager.flush();
        this.entityManager.clear();
        return this.entityManager.find(type, id);
    }

    public Jurisdiction country(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

}
