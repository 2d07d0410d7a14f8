package org.takedown.defendants;

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

/** One change of a defendant's legal status: who recorded it, when, from what to what and why. */
@Entity
@Audited
public class DefendantStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    @Enumerated(EnumType.STRING)
    private LegalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private LegalStatus toStatus;

    private Instant changedAt;

    private String changedBy;

    private String note;

    protected DefendantStatusChange() {
    }

    DefendantStatusChange(Defendant defendant, LegalStatus fromStatus, LegalStatus toStatus, Instant changedAt,
            String changedBy, String note) {
        this.defendant = defendant;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public Long getId() {
        return this.id;
    }

    public LegalStatus getFromStatus() {
        return this.fromStatus;
    }

    public LegalStatus getToStatus() {
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
