package org.takedown.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.takedown.shared.StatusChange;

/**
 * One step of a case's workflow. Updates name only the columns that changed: the application's database role may
 * update the effective date of an entry (the opening follows the case's opening date) and no other column (V200).
 */
@Entity
@Audited
@DynamicUpdate
class CaseStatusChange extends StatusChange<CaseStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EnforcementCase enforcementCase;

    protected CaseStatusChange() {
    }

    CaseStatusChange(EnforcementCase enforcementCase, CaseStatus fromStatus, CaseStatus toStatus, LocalDate effectiveOn,
            String recordedBy, String reason, Instant recordedAt) {
        super(fromStatus, toStatus, effectiveOn, recordedBy, reason, recordedAt);
        this.enforcementCase = enforcementCase;
    }

    /** The opening entry follows a correction of the case's opening date. */
    void openingCorrectedTo(LocalDate openedOn) {
        correctEffectiveOn(openedOn);
    }

}
