package org.takedown.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: who committed changes to domain records, and when (UTC). */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private Instant changedAt;

    private String username;

    public Long getId() {
        return this.id;
    }

    public Instant getChangedAt() {
        return this.changedAt;
    }

    public String getUsername() {
        return this.username;
    }

    void setUsername(String username) {
        this.username = username;
    }

}
