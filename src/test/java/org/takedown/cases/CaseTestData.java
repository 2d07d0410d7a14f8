package org.takedown.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.takedown.jurisdictions.Agency;

import org.springframework.stereotype.Component;

/**
 * Cases for the tests of other modules. The entity is internal to this module, so these methods take and answer
 * ids and {@link CaseRef}s; they go through the entity, so Envers audits what they do. Each works in the caller's
 * transaction: a test that needs a committed revision runs it in a transaction of its own.
 */
@Component
public class CaseTestData {

    private final EntityManager entityManager;

    CaseTestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Opens a case led by the agency, recorded now by {@code recordedBy}. */
    public CaseRef open(String reference, String title, String summary, Long leadAgencyId, LocalDate openedOn,
            String recordedBy) {
        EnforcementCase opened = new EnforcementCase(reference, title, summary,
                this.entityManager.getReference(Agency.class, leadAgencyId), openedOn, recordedBy, Instant.now());
        this.entityManager.persist(opened);
        return opened.toRef();
    }

    public void describe(Long caseId, String title, String summary, String modusOperandi) {
        find(caseId).describe(title, summary, modusOperandi);
    }

    /** Moves the case along its workflow, recorded now by {@code recordedBy}. */
    public void changeStatus(Long caseId, CaseStatus target, LocalDate effectiveOn, String recordedBy, String reason) {
        find(caseId).changeStatus(target, effectiveOn, recordedBy, reason, Instant.now());
    }

    private EnforcementCase find(Long caseId) {
        return this.entityManager.find(EnforcementCase.class, caseId);
    }

}
