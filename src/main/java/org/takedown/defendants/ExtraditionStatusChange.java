package org.takedown.defendants;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.takedown.shared.StatusChange;

/** One change of an extradition request's status. */
@Entity
@Audited
class ExtraditionStatusChange extends StatusChange<ExtraditionStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "extradition_request_id")
    private ExtraditionRequest extraditionRequest;

    protected ExtraditionStatusChange() {
    }

    ExtraditionStatusChange(ExtraditionRequest extraditionRequest, ExtraditionStatus fromStatus,
            ExtraditionStatus toStatus, LocalDate effectiveOn, String recordedBy, String reason, Instant recordedAt) {
        super(fromStatus, toStatus, effectiveOn, recordedBy, reason, recordedAt);
        this.extraditionRequest = extraditionRequest;
    }

}
