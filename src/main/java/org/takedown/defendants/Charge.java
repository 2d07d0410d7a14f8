package org.takedown.defendants;

import java.time.Instant;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidedWith;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A charge brought against a defendant in one case. */
@Entity
@Audited
class Charge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    /** The case, by id: cases are another module's aggregate. */
    private Long caseId;

    private String statute;

    private String description;

    private int counts;

    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    private ChargeDisposition disposition;

    @Version
    private long version;

    /** When, by whom and why it was voided; set with its case when voided with it. */
    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    @Enumerated(EnumType.STRING)
    private VoidedWith voidedWith;

    protected Charge() {
    }

    Charge(Defendant defendant, Long caseId, String statute, String description, int counts,
            LocalDate filedOn) {
        this.defendant = defendant;
        this.caseId = caseId;
        this.statute = statute;
        this.description = description;
        this.counts = counts;
        this.filedOn = filedOn;
        this.disposition = ChargeDisposition.PENDING;
    }

    /** Voids the charge: it leaves every list, count and export, keeps its history, and no longer changes. */
    void voidFor(String reason, String by, Instant at) {
        checkNotVoided();
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    /** Voids the charge with its case, for the case's reason: restoring the case brings it back. */
    void voidWithCase(String reason, String by, Instant at) {
        voidFor(reason, by, at);
        this.voidedWith = VoidedWith.CASE;
    }

    /** Brings the charge back; its history keeps the void and the restore. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    /** A voided charge is kept as evidence of a mistake, not worked on. */
    void checkNotVoided() {
        if (isVoided()) {
            throw RuleViolations.ofForm("charge.voided");
        }
    }

    public boolean isVoided() {
        return this.voidedAt != null;
    }

    public Instant getVoidedAt() {
        return this.voidedAt;
    }

    public String getVoidedBy() {
        return this.voidedBy;
    }

    public String getVoidReason() {
        return this.voidReason;
    }

    public VoidedWith getVoidedWith() {
        return this.voidedWith;
    }

    /** Belongs from now on to {@code survivor}, the record this one's defendant was merged into. */
    void moveTo(Defendant survivor) {
        this.defendant = survivor;
    }

    public void update(String statute, String description, int counts, LocalDate filedOn,
            ChargeDisposition disposition) {
        this.statute = statute;
        this.description = description;
        this.counts = counts;
        this.filedOn = filedOn;
        this.disposition = disposition;
    }

    public Long getId() {
        return this.id;
    }

    public Defendant getDefendant() {
        return this.defendant;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public String getStatute() {
        return this.statute;
    }

    public String getDescription() {
        return this.description;
    }

    public int getCounts() {
        return this.counts;
    }

    public LocalDate getFiledOn() {
        return this.filedOn;
    }

    public ChargeDisposition getDisposition() {
        return this.disposition;
    }

    public long getVersion() {
        return this.version;
    }

}
