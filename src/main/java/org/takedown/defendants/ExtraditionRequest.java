package org.takedown.defendants;

import org.takedown.shared.VoidedWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.StatusChange;
import org.takedown.shared.StatusRefusal;

/** One jurisdiction asking another to surrender a defendant. */
@Entity
@Audited
class ExtraditionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    /** The case the request is made in, by id (cases are another module's aggregate), or {@code null}. */
    private Long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_jurisdiction_code")
    private Jurisdiction requestingJurisdiction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_jurisdiction_code")
    private Jurisdiction requestedJurisdiction;

    private String legalBasis;

    @Enumerated(EnumType.STRING)
    private ExtraditionStatus status;

    private LocalDate requestedOn;

    private LocalDate hearingOn;

    private LocalDate decidedOn;

    private LocalDate surrenderedOn;

    private String note;

    @Version
    private long version;

    /** When, by whom and why it was voided; set with its case when voided with it. */
    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    @Enumerated(EnumType.STRING)
    private VoidedWith voidedWith;

    @OneToMany(mappedBy = "extraditionRequest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<ExtraditionStatusChange> statusChanges = new ArrayList<>();

    protected ExtraditionRequest() {
    }

    /** A jurisdiction asks another one: never itself. */
    /** Voids the extradition request: it leaves every list, count and export, keeps its history, and no longer changes. */
    void voidFor(String reason, String by, Instant at) {
        checkNotVoided();
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    /** Voids the extradition request with its case, for the case's reason: restoring the case brings it back. */
    void voidWithCase(String reason, String by, Instant at) {
        voidFor(reason, by, at);
        this.voidedWith = VoidedWith.CASE;
    }

    /** Brings the extradition request back; its history keeps the void and the restore. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    /** A voided extradition request is kept as evidence of a mistake, not worked on. */
    void checkNotVoided() {
        if (isVoided()) {
            throw RuleViolations.ofForm("extradition.voided");
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

    static void checkJurisdictions(Jurisdiction requesting, Jurisdiction requested,
            RuleViolations.Collector violations) {
        if (requesting != null && requesting.equals(requested)) {
            violations.reject("requestedJurisdiction", "defendant.extradition.sameJurisdiction");
        }
    }

    ExtraditionRequest(Defendant defendant, Long caseId, Jurisdiction requestingJurisdiction,
            Jurisdiction requestedJurisdiction, String legalBasis, LocalDate requestedOn, String recordedBy,
            Instant at) {
        this.defendant = defendant;
        this.caseId = caseId;
        this.requestingJurisdiction = requestingJurisdiction;
        this.requestedJurisdiction = requestedJurisdiction;
        this.legalBasis = legalBasis;
        this.requestedOn = requestedOn;
        this.status = ExtraditionStatus.REQUESTED;
        this.statusChanges.add(
                new ExtraditionStatusChange(this, null, ExtraditionStatus.REQUESTED, requestedOn, recordedBy, null, at));
    }

    /**
     * Moves the request along its course as of {@code effectiveOn} and records who did it, when and why. Refused with
     * {@link RuleViolations} when the course does not allow the move, or the day is in the future, before
     * the request was made or before its current status took effect.
     */
    public void changeStatus(ExtraditionStatus target, LocalDate effectiveOn, String recordedBy, String reason,
            Instant now) {
        Optional<StatusRefusal> refusal = StatusChange.refusal(this.statusChanges, this.status, target, effectiveOn,
                now, this.requestedOn, "defendant.extradition.beforeRequested");
        if (refusal.isPresent()) {
            throw refusal.get().violations();
        }
        this.statusChanges
            .add(new ExtraditionStatusChange(this, this.status, target, effectiveOn, recordedBy, reason, now));
        this.status = target;
    }

    /** Records the dates of the proceedings and a note; the status changes only through {@link #changeStatus}. */
    public void record(LocalDate hearingOn, LocalDate decidedOn, LocalDate surrenderedOn, String note) {
        this.hearingOn = hearingOn;
        this.decidedOn = decidedOn;
        this.surrenderedOn = surrenderedOn;
        this.note = note;
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

    public Jurisdiction getRequestingJurisdiction() {
        return this.requestingJurisdiction;
    }

    public Jurisdiction getRequestedJurisdiction() {
        return this.requestedJurisdiction;
    }

    public String getLegalBasis() {
        return this.legalBasis;
    }

    public ExtraditionStatus getStatus() {
        return this.status;
    }

    public LocalDate getRequestedOn() {
        return this.requestedOn;
    }

    public LocalDate getHearingOn() {
        return this.hearingOn;
    }

    public LocalDate getDecidedOn() {
        return this.decidedOn;
    }

    public LocalDate getSurrenderedOn() {
        return this.surrenderedOn;
    }

    public String getNote() {
        return this.note;
    }

    public long getVersion() {
        return this.version;
    }

    public List<ExtraditionStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

}
