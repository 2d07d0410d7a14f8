package org.takedown.raids;

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

/** One change of a seized server's status: who recorded it, when, from what to what and why. */
@Entity
@Audited
public class ServerStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "server_id")
    private SeizedServer server;

    @Enumerated(EnumType.STRING)
    private ServerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ServerStatus toStatus;

    private Instant changedAt;

    private String changedBy;

    private String note;

    protected ServerStatusChange() {
    }

    ServerStatusChange(SeizedServer server, ServerStatus fromStatus, ServerStatus toStatus, Instant changedAt,
            String changedBy, String note) {
        this.server = server;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public Long getId() {
        return this.id;
    }

    public ServerStatus getFromStatus() {
        return this.fromStatus;
    }

    public ServerStatus getToStatus() {
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
