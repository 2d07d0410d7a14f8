package org.takedown.defendants;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.takedown.jurisdictions.Jurisdiction;

import org.springframework.stereotype.Component;

/**
 * Defendants for the tests of other modules. The entity is internal to this module, so these methods take and answer
 * ids; they go through the entity, so Envers audits what they do. Each works in the caller's transaction: a test that
 * needs a committed revision runs it in a transaction of its own.
 */
@Component
public class DefendantTestData {

    private final EntityManager entityManager;

    DefendantTestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records a defendant in {@code legalStatus} since {@code statusSince}, recorded now by {@code recordedBy}. */
    public Long defendant(String fullName, String nationalityCode, LocalDate dateOfBirth, LegalStatus legalStatus,
            LocalDate statusSince, String recordedBy) {
        Defendant defendant = new Defendant(fullName, jurisdiction(nationalityCode), dateOfBirth, legalStatus,
                statusSince, recordedBy, Instant.now());
        this.entityManager.persist(defendant);
        return defendant.getId();
    }

    public void recordArrest(Long defendantId, LocalDate arrestedOn, String arrestPlace,
            String custodyJurisdictionCode) {
        find(defendantId).recordArrest(arrestedOn, arrestPlace, jurisdiction(custodyJurisdictionCode));
    }

    /** Moves the defendant to another legal status, recorded now by {@code recordedBy}. */
    public void changeLegalStatus(Long defendantId, LegalStatus target, LocalDate effectiveOn, String recordedBy,
            String reason) {
        find(defendantId).changeLegalStatus(target, effectiveOn, recordedBy, reason, Instant.now());
    }

    private Defendant find(Long defendantId) {
        return this.entityManager.find(Defendant.class, defendantId);
    }

    private Jurisdiction jurisdiction(String code) {
        return code == null ? null : this.entityManager.getReference(Jurisdiction.class, code);
    }

}
