package org.takedown.defendants;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;
import org.takedown.cases.CaseRestored;
import org.takedown.cases.CaseService;
import org.takedown.cases.CaseVoided;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidedWith;

import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges and extradition requests voided from their pages, voided records of the defendants module restored by an
 * administrator (a link to a case, a charge, an extradition request), and all three voided and restored with their
 * case ({@link CaseVoided}, {@link CaseRestored}, in the case's transaction). A link is voided from the case page
 * ({@link DefendantService#unlinkFromCase}). Voids and restores of a record of its own are written to the audit log.
 */
@Service
@Transactional(readOnly = true)
class DefendantVoids {

    private final DefendantService defendants;

    private final CaseService cases;

    private final EntityManager entityManager;

    private final AuditLog auditLog;

    private final CurrentUser currentUser;

    private final Clock clock;

    DefendantVoids(DefendantService defendants, CaseService cases, EntityManager entityManager, AuditLog auditLog,
            CurrentUser currentUser, Clock clock) {
        this.defendants = defendants;
        this.cases = cases;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    void voidCharge(Long defendantId, Long chargeId, String reason, long version) {
        Charge charge = this.defendants.charge(defendantId, chargeId);
        checkVersion(Charge.class, chargeId, charge.getVersion(), version);
        charge.voidFor(reason, this.currentUser.name(), this.clock.instant());
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.RECORD_VOIDED, this.currentUser.name(), "charges/" + chargeId);
    }

    @Transactional
    void voidExtradition(Long defendantId, Long requestId, String reason, long version) {
        ExtraditionRequest request = this.defendants.extraditionRequest(defendantId, requestId);
        checkVersion(ExtraditionRequest.class, requestId, request.getVersion(), version);
        request.voidFor(reason, this.currentUser.name(), this.clock.instant());
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.RECORD_VOIDED, this.currentUser.name(), "extraditions/" + requestId);
    }

    /**
     * Brings the charge back, if its case counts and the defendant is still in it.
     * @throws RuleViolations otherwise, or when it is not voided or was voided with its case
     */
    @Transactional
    void restoreCharge(Long defendantId, Long chargeId, long version) {
        Charge charge = this.defendants.charge(defendantId, chargeId);
        checkVersion(Charge.class, chargeId, charge.getVersion(), version);
        checkRestorable(charge.isVoided() ? charge.getVoidedWith() : null, charge.getCaseId(), charge.getDefendant());
        charge.restore();
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(), "charges/" + chargeId);
    }

    @Transactional
    void restoreExtradition(Long defendantId, Long requestId, long version) {
        ExtraditionRequest request = this.defendants.extraditionRequest(defendantId, requestId);
        checkVersion(ExtraditionRequest.class, requestId, request.getVersion(), version);
        checkRestorable(request.isVoided() ? request.getVoidedWith() : null, request.getCaseId(),
                request.getDefendant());
        request.restore();
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(), "extraditions/" + requestId);
    }

    /**
     * Places the defendant in the case again, in the role and since the day the link had; {@code version} is the
     * defendant's, whose aggregate the link is.
     */
    @Transactional
    void restoreLink(Long caseId, Long defendantId, long version) {
        Defendant defendant = this.defendants.withCases(defendantId);
        checkVersion(Defendant.class, defendantId, defendant.getVersion(), version);
        defendant.checkNotMerged();
        CaseDefendant link = defendant.getVoidedCaseLinks()
            .stream()
            .filter((voided) -> voided.getCaseId().equals(caseId))
            .findFirst()
            .orElseThrow(() -> new CaseLinkNotFoundException(caseId));
        checkRestorable(link.getVoidedWith(), caseId, null);
        link.restore();
        this.entityManager.flush();
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(),
                "links/" + caseId + "/" + defendantId);
    }

    /** The case's defendant links, charges and extradition requests that count are voided with it. */
    @EventListener
    @Transactional
    void voidWithCase(CaseVoided voided) {
        for (CaseDefendant link : ofCase(CaseDefendant.class, "voidedAt is null", voided.caseId())) {
            link.voidWithCase(voided.reason(), voided.voidedBy(), voided.voidedAt());
        }
        for (Charge charge : ofCase(Charge.class, "voidedAt is null", voided.caseId())) {
            charge.voidWithCase(voided.reason(), voided.voidedBy(), voided.voidedAt());
        }
        for (ExtraditionRequest request : ofCase(ExtraditionRequest.class, "voidedAt is null", voided.caseId())) {
            request.voidWithCase(voided.reason(), voided.voidedBy(), voided.voidedAt());
        }
        this.entityManager.flush();
    }

    /** What was voided with the case comes back with it, and only that. */
    @EventListener
    @Transactional
    void restoreWithCase(CaseRestored restored) {
        ofCase(CaseDefendant.class, "voidedWith = :with", restored.caseId()).forEach(CaseDefendant::restore);
        ofCase(Charge.class, "voidedWith = :with", restored.caseId()).forEach(Charge::restore);
        ofCase(ExtraditionRequest.class, "voidedWith = :with", restored.caseId()).forEach(ExtraditionRequest::restore);
        this.entityManager.flush();
    }

    /** The records of this type of the case that match {@code condition} (fixed JPQL over the entity's fields). */
    private <T> List<T> ofCase(Class<T> type, String condition, Long caseId) {
        var query = this.entityManager
            .createQuery("select x from " + type.getSimpleName() + " x where x.caseId = :caseId and x." + condition,
                    type)
            .setParameter("caseId", caseId);
        if (condition.contains(":with")) {
            query.setParameter("with", VoidedWith.CASE);
        }
        return query.getResultList();
    }

    /**
     * A record voided with its case comes back with it; nothing comes back into a voided case, nor a charge or an
     * extradition request of a case the defendant is no longer in.
     */
    private void checkRestorable(VoidedWith voidedWith, Long caseId, Defendant defendant) {
        if (voidedWith != null) {
            throw RuleViolations.ofForm(voidedWith.restoreRefusal());
        }
        if (caseId == null) {
            return;
        }
        if (this.cases.ref(caseId).voided()) {
            throw RuleViolations.ofForm("void.restore.caseVoided");
        }
        if (defendant != null && !defendant.isInCase(caseId)) {
            throw RuleViolations.ofForm("void.restore.notInCase");
        }
    }

    private static void checkVersion(Class<?> type, Long id, long current, long submitted) {
        if (current != submitted) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

}
