package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.takedown.shared.StatusChange;

/** One change of a seized server's status. */
@Entity
@Audited
class ServerStatusChange extends StatusChange<ServerStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "server_id")
    private SeizedServer server;

    protected ServerStatusChange() {
    }

    ServerStatusChange(SeizedServer server, ServerStatus fromStatus, ServerStatus toStatus, LocalDate effectiveOn,
            String recordedBy, String reason, Instant recordedAt) {
        super(fromStatus, toStatus, effectiveOn, recordedBy, reason, recordedAt);
        this.server = server;
    }

}
