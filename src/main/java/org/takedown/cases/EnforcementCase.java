package org.takedown.cases;

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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.takedown.jurisdictions.Agency;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.StatusChange;
import org.takedown.shared.StatusRefusal;

/** One enforcement operation against a piracy group, from the first lead to its close. */
@Entity
@Audited
class EnforcementCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String summary;

    private String modusOperandi;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_agency_id")
    private Agency leadAgency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prosecuting_office_id")
    private Agency prosecutingOffice;

    private LocalDate openedOn;

    private LocalDate closedOn;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    /** When, by whom and why the case was voided; a voided case counts nowhere, and neither does what it holds. */
    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<CaseStatusChange> statusChanges = new ArrayList<>();

    protected EnforcementCase() {
    }

    /** Opens a case under investigation; the opening, as of the opening date, is the first entry of its history. */
    EnforcementCase(String reference, String title, String summary, Agency leadAgency, LocalDate openedOn,
            String openedBy, Instant at) {
        this.reference = reference;
        this.title = title;
        this.summary = summary;
        this.leadAgency = leadAgency;
        this.openedOn = openedOn;
        this.status = CaseStatus.INVESTIGATION;
        this.statusChanges
            .add(new CaseStatusChange(this, null, CaseStatus.INVESTIGATION, openedOn, openedBy, null, at));
    }

    /**
     * Moves the case along its workflow as of {@code effectiveOn} and records who did it, when and why. A closed case's
     * closing date is the day its closing took effect. Refused with {@link RuleViolations} when the workflow does
     * not allow the move or the day is in the future or before the case was opened or reached its current status.
     */
    void changeStatus(CaseStatus target, LocalDate effectiveOn, String recordedBy, String reason,
            Instant now) {
        Optional<StatusRefusal> refusal = StatusChange.refusal(this.statusChanges, this.status, target, effectiveOn,
                now, this.openedOn, "case.status.effectiveOn.beforeOpening");
        if (refusal.isPresent()) {
            throw refusal.get().violations();
        }
        this.statusChanges.add(new CaseStatusChange(this, this.status, target, effectiveOn, recordedBy, reason, now));
        this.status = target;
        this.closedOn = target == CaseStatus.CLOSED ? effectiveOn : null;
    }

    void describe(String title, String summary, String modusOperandi) {
        this.title = title;
        this.summary = summary;
        this.modusOperandi = modusOperandi;
    }

    /** A case cannot be opened in the future: the rule of a new case's opening date. */
    static void checkOpenedOn(LocalDate openedOn, LocalDate today, RuleViolations.Collector violations) {
        if (openedOn.isAfter(today)) {
            violations.reject("openedOn", "case.openedOn.future");
        }
    }

    /** The rules of a corrected opening date: not in the future, and not after the case was closed. */
    void checkNewOpenedOn(LocalDate openedOn, LocalDate today, RuleViolations.Collector violations) {
        checkOpenedOn(openedOn, today, violations);
        if (this.closedOn != null && openedOn.isAfter(this.closedOn)) {
            violations.reject("openedOn", "case.openedOn.afterClosing", this.closedOn.toString());
        }
    }

    /**
     * Corrects the opening date, and with it the day of the first entry of the history (the opening); a case cannot
     * have been opened after it was closed.
     */
    void changeOpenedOn(LocalDate openedOn) {
        if (this.closedOn != null && openedOn.isAfter(this.closedOn)) {
            throw new IllegalArgumentException("A case cannot be opened after it was closed");
        }
        this.openedOn = openedOn;
        this.statusChanges.stream()
            .filter((change) -> change.getFromStatus() == null)
            .forEach((opening) -> opening.openingCorrectedTo(openedOn));
    }

    /** The earliest day a status change after the opening took effect, if there was any. */
    public Optional<LocalDate> firstStatusChangeAfterOpening() {
        return this.statusChanges.stream()
            .filter((change) -> change.getFromStatus() != null)
            .map(CaseStatusChange::getEffectiveOn)
            .min(LocalDate::compareTo);
    }

    void assignAgencies(Agency leadAgency, Agency prosecutingOffice) {
        this.leadAgency = leadAgency;
        this.prosecutingOffice = prosecutingOffice;
    }

    /** The case as other modules know it. */
    /** Voids the case: it leaves every list, count and export, keeps its page and history, and no longer changes. */
    void voidFor(String reason, String by, Instant at) {
        checkNotVoided();
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    /** Brings a voided case back; its history keeps the void and the restore. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
    }

    /** A voided case is kept as evidence of a mistake, not worked on: it refuses every change until restored. */
    void checkNotVoided() {
        if (isVoided()) {
            throw RuleViolations.ofForm("case.voided");
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

    CaseRef toRef() {
        return new CaseRef(this.id, this.reference, this.title, this.openedOn, isVoided());
    }

    public Long getId() {
        return this.id;
    }

    public String getReference() {
        return this.reference;
    }

    public String getTitle() {
        return this.title;
    }

    public CaseStatus getStatus() {
        return this.status;
    }

    public String getSummary() {
        return this.summary;
    }

    public String getModusOperandi() {
        return this.modusOperandi;
    }

    public Agency getLeadAgency() {
        return this.leadAgency;
    }

    public Agency getProsecutingOffice() {
        return this.prosecutingOffice;
    }

    public LocalDate getOpenedOn() {
        return this.openedOn;
    }

    public LocalDate getClosedOn() {
        return this.closedOn;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

    public long getVersion() {
        return this.version;
    }

    public List<CaseStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnforcementCase that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return EnforcementCase.class.hashCode();
    }

}
