package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.takedown.shared.StatusChange;

/** One change of a raid's status. */
@Entity
@Audited
class RaidStatusChange extends StatusChange<RaidStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raid_id")
    private Raid raid;

    protected RaidStatusChange() {
    }

    RaidStatusChange(Raid raid, RaidStatus fromStatus, RaidStatus toStatus, LocalDate effectiveOn,
            String recordedBy, String reason, Instant recordedAt) {
        super(fromStatus, toStatus, effectiveOn, recordedBy, reason, recordedAt);
        this.raid = raid;
    }

}
