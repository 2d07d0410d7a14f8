package org.takedown.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One row of the audit log. Immutable here, and a database trigger refuses UPDATE and DELETE on the table. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private AuditEvent event;

    private String username;

    private String remoteAddress;

    private String path;

    private String detail;

    protected AuditLogEntry() {
    }

    AuditLogEntry(Instant occurredAt, AuditEvent event, String username, String remoteAddress, String path,
            String detail) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.username = username;
        this.remoteAddress = remoteAddress;
        this.path = path;
        this.detail = detail;
    }

    public Long getId() {
        return this.id;
    }

    public Instant getOccurredAt() {
        return this.occurredAt;
    }

    public AuditEvent getEvent() {
        return this.event;
    }

    public String getUsername() {
        return this.username;
    }

    public String getRemoteAddress() {
        return this.remoteAddress;
    }

    public String getPath() {
        return this.path;
    }

    public String getDetail() {
        return this.detail;
    }

}
