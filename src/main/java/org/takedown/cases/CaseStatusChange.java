package org.takedown.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** One step of a case's workflow: who moved it, when, from where to where and why. */
@Entity
@Audited
public class CaseStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;

    private Instant changedAt;

    private String changedBy;

    private String note;

    protected CaseStatusChange() {
    }

    CaseStatusChange(EnforcementCase enforcementCase, CaseStatus fromStatus, CaseStatus toStatus, Instant changedAt,
            String changedBy, String note) {
        this.enforcementCase = enforcementCase;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public Long getId() {
        return this.id;
    }

    public CaseStatus getFromStatus() {
        return this.fromStatus;
    }

    public CaseStatus getToStatus() {
        return this.toStatus;
    }

    public Instant getChangedAt() {
        return this.changedAt;
    }

    public String getChangedBy() {
        return this.changedBy;
    }

    public String getNote() {
        return this.note;
    }

}
