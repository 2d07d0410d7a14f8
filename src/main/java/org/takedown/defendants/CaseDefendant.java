package org.takedown.defendants;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidedWith;

/**
 * A defendant's place in a case: which case (by id, cases being another module's aggregate), in what role, and since
 * when. Part of the defendant's aggregate ({@link Defendant#addToCase}); one link per case and defendant. A link is
 * never deleted: unlinking voids it (when, by whom, why), and linking the same person again reopens it, so that its
 * Envers history holds each state in turn.
 */
@Entity
@Audited
@IdClass(CaseDefendant.Key.class)
@Table(name = "case_defendant")
class CaseDefendant {

    @Id
    private Long caseId;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    @Enumerated(EnumType.STRING)
    private CaseRole role;

    private LocalDate since;

    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    /** Set when the link was voided with its case, which brings it back when it is restored. */
    @Enumerated(EnumType.STRING)
    private VoidedWith voidedWith;

    protected CaseDefendant() {
    }

    CaseDefendant(Long caseId, Defendant defendant, CaseRole role, LocalDate since) {
        this.caseId = caseId;
        this.defendant = defendant;
        this.role = role;
        this.since = since;
    }

    /** Takes the defendant out of the case, keeping the link and saying who did it, when and why. */
    void voidLink(String reason, String by, Instant at) {
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    /** Places the defendant in the case again, in a role, since a day; the voiding is left to the history. */
    void reopen(CaseRole role, LocalDate since) {
        this.role = role;
        this.since = since;
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    /** Voids the link with its case, for the case's reason: restoring the case brings it back. */
    void voidWithCase(String reason, String by, Instant at) {
        voidLink(reason, by, at);
        this.voidedWith = VoidedWith.CASE;
    }

    /** Brings the defendant back into the case, in the role and since the day the link had. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    public VoidedWith getVoidedWith() {
        return this.voidedWith;
    }

    public boolean isVoided() {
        return this.voidedAt != null;
    }

    public Instant getVoidedAt() {
        return this.voidedAt;
    }

    public String getVoidedBy() {
        return this.voidedBy;
    }

    public String getVoidReason() {
        return this.voidReason;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public Defendant getDefendant() {
        return this.defendant;
    }

    public CaseRole getRole() {
        return this.role;
    }

    public LocalDate getSince() {
        return this.since;
    }

    /** The identity of a link: the case's id and the defendant's. */
    public static class Key implements Serializable {

        private Long caseId;

        private Long defendant;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(this.caseId, that.caseId)
                    && Objects.equals(this.defendant, that.defendant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(this.caseId, this.defendant);
        }

    }

}
