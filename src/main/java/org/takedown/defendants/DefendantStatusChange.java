package org.takedown.defendants;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.takedown.shared.StatusChange;

/** One change of a defendant's legal status. */
@Entity
@Audited
class DefendantStatusChange extends StatusChange<LegalStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    protected DefendantStatusChange() {
    }

    DefendantStatusChange(Defendant defendant, LegalStatus fromStatus, LegalStatus toStatus, LocalDate effectiveOn,
            String recordedBy, String reason, Instant recordedAt) {
        super(fromStatus, toStatus, effectiveOn, recordedBy, reason, recordedAt);
        this.defendant = defendant;
    }

}
