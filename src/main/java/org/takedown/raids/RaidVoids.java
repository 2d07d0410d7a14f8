package org.takedown.raids;

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
 * Raids and servers voided and restored: a raid on its own (with its servers), a server restored, and both voided
 * and restored with their case ({@link CaseVoided}, {@link CaseRestored}, in the case's transaction). Every void and
 * restore of a record of its own is written to the audit log; Envers keeps every row's states.
 */
@Service
@Transactional(readOnly = true)
class RaidVoids {

    private final RaidRepository raids;

    private final SeizedServerRepository servers;

    private final CaseService cases;

    private final EntityManager entityManager;

    private final AuditLog auditLog;

    private final CurrentUser currentUser;

    private final Clock clock;

    RaidVoids(RaidRepository raids, SeizedServerRepository servers, CaseService cases, EntityManager entityManager,
            AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.raids = raids;
        this.servers = servers;
        this.cases = cases;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Voids the raid and its servers, unless someone saved the raid since the user saw it.
     * @throws RuleViolations when the raid is voided already
     */
    @Transactional
    void voidRaid(Long id, String reason, long version) {
        Raid raid = raid(id, version);
        raid.voidFor(reason, this.currentUser.name(), this.clock.instant());
        this.raids.flush();
        this.auditLog.record(AuditEvent.RECORD_VOIDED, this.currentUser.name(), "raids/" + id);
    }

    /**
     * Brings a voided raid back with the servers voided with it.
     * @throws RuleViolations when it is not voided, was voided with its case (which brings it back), or one of its
     * servers' host names is now another server's of the case
     */
    @Transactional
    void restoreRaid(Long id, long version) {
        Raid raid = raid(id, version);
        checkRestorable(raid.isVoided() ? raid.getVoidedWith() : null, raid.getCaseId());
        raid.restore();
        List<SeizedServer> withRaid = this.entityManager.createQuery("""
                select s from SeizedServer s where s.raid.id = :raidId and s.voidedWith = :with""", SeizedServer.class)
            .setParameter("raidId", id)
            .setParameter("with", VoidedWith.RAID)
            .getResultList();
        restoreServers(withRaid);
        this.raids.flush();
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(), "raids/" + id);
    }

    /**
     * Brings a voided server back into its raid.
     * @throws RuleViolations when it is not voided, was voided with its raid or case, or its raid is voided, or its
     * host name is now another server's of the case
     */
    @Transactional
    void restoreServer(Long id, long version) {
        SeizedServer server = this.servers.findById(id).orElseThrow(() -> new ServerNotFoundException(id));
        if (server.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SeizedServer.class, id);
        }
        checkRestorable(server.isVoided() ? server.getVoidedWith() : null, server.getCaseId());
        if (server.getRaid() != null && server.getRaid().isVoided()) {
            throw RuleViolations.ofForm("void.restore.raidVoided");
        }
        restoreServers(List.of(server));
        this.servers.flush();
        this.auditLog.record(AuditEvent.RECORD_RESTORED, this.currentUser.name(), "servers/" + id);
    }

    /** The case's raids and servers that count are voided with it, for its reason. */
    @EventListener
    @Transactional
    void voidWithCase(CaseVoided voided) {
        for (Raid raid : this.entityManager.createQuery(
                "select r from Raid r where r.caseId = :caseId and r.voidedAt is null", Raid.class)
            .setParameter("caseId", voided.caseId())
            .getResultList()) {
            raid.voidWithCase(voided.reason(), voided.voidedBy(), voided.voidedAt());
        }
        for (SeizedServer server : this.entityManager.createQuery(
                "select s from SeizedServer s where s.caseId = :caseId and s.voidedAt is null", SeizedServer.class)
            .setParameter("caseId", voided.caseId())
            .getResultList()) {
            server.voidWith(VoidedWith.CASE, voided.reason(), voided.voidedBy(), voided.voidedAt());
        }
        this.raids.flush();
    }

    /** The raids and servers voided with the case come back with it, and only those. */
    @EventListener
    @Transactional
    void restoreWithCase(CaseRestored restored) {
        for (Raid raid : this.entityManager.createQuery(
                "select r from Raid r where r.caseId = :caseId and r.voidedWith = :with", Raid.class)
            .setParameter("caseId", restored.caseId())
            .setParameter("with", VoidedWith.CASE)
            .getResultList()) {
            raid.restore();
        }
        restoreServers(this.entityManager.createQuery(
                "select s from SeizedServer s where s.caseId = :caseId and s.voidedWith = :with", SeizedServer.class)
            .setParameter("caseId", restored.caseId())
            .setParameter("with", VoidedWith.CASE)
            .getResultList());
        this.raids.flush();
    }

    private Raid raid(Long id, long version) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        return raid;
    }

    /** A record voided with its case or raid comes back with it, and nothing comes back into a voided case. */
    private void checkRestorable(VoidedWith voidedWith, Long caseId) {
        if (voidedWith != null) {
            throw RuleViolations.ofForm(voidedWith.restoreRefusal());
        }
        if (this.cases.ref(caseId).voided()) {
            throw RuleViolations.ofForm("void.restore.caseVoided");
        }
    }

    /**
     * Restores the servers, unless another server of their case took one's host name meanwhile (the partial unique
     * index, V220, would refuse it: the user reads which name instead).
     */
    private void restoreServers(List<SeizedServer> restored) {
        for (SeizedServer server : restored) {
            if (this.servers.hostnameTakenByAnother(server.getCaseId(), server.getHostname(), server.getId())) {
                throw RuleViolations.ofForm("server.restore.hostnameTaken", server.getHostname());
            }
            server.restore();
        }
    }

}
