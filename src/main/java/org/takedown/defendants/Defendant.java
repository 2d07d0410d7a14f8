package org.takedown.defendants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.StatusChange;
import org.takedown.shared.StatusRefusal;

/** A person accused in one or more cases, with the names they use and where they stand legally. */
@Entity
@Audited
class Defendant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nationality_code")
    private Jurisdiction nationality;

    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private LegalStatus legalStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "custody_jurisdiction_code")
    private Jurisdiction custodyJurisdiction;

    private LocalDate arrestedOn;

    private String arrestPlace;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    /** The record this one was merged into, when it turned out to be the same person; then it only redirects there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Defendant mergedInto;

    private Instant mergedAt;

    private String mergedBy;

    @OneToMany(mappedBy = "defendant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("since, caseId")
    private List<CaseDefendant> caseLinks = new ArrayList<>();

    @OneToMany(mappedBy = "defendant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("alias")
    private List<Alias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "defendant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("filedOn, id")
    private List<Charge> charges = new ArrayList<>();

    @OneToMany(mappedBy = "defendant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn, id")
    private List<ExtraditionRequest> extraditionRequests = new ArrayList<>();

    @OneToMany(mappedBy = "defendant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<DefendantStatusChange> statusChanges = new ArrayList<>();

    protected Defendant() {
    }

    /**
     * Records a new defendant; the first legal status is the first entry of the status history, as of
     * {@code statusSince}.
     */
    Defendant(String fullName, Jurisdiction nationality, LocalDate dateOfBirth, LegalStatus legalStatus,
            LocalDate statusSince, String recordedBy, Instant at) {
        this.fullName = fullName;
        this.nationality = nationality;
        this.dateOfBirth = dateOfBirth;
        this.legalStatus = legalStatus;
        this.statusChanges.add(new DefendantStatusChange(this, null, legalStatus, statusSince, recordedBy, null, at));
    }

    /**
     * Links the defendant to a case, in a role, since a day; a person has one role in a case. A link voided earlier is
     * reopened (one link per case and defendant; its history keeps the voiding).
     */
    CaseDefendant addToCase(Long caseId, CaseRole role, LocalDate since) {
        if (isInCase(caseId)) {
            throw new IllegalArgumentException("The defendant is already in the case " + caseId);
        }
        Optional<CaseDefendant> voided = link(caseId);
        if (voided.isPresent()) {
            voided.get().reopen(role, since);
            return voided.get();
        }
        CaseDefendant link = new CaseDefendant(caseId, this, role, since);
        this.caseLinks.add(link);
        return link;
    }

    /** Takes the defendant out of a case by voiding the link; {@code false} if they are not in it. */
    boolean removeFromCase(Long caseId, String reason, String by, Instant at) {
        Optional<CaseDefendant> link = link(caseId).filter((found) -> !found.isVoided());
        link.ifPresent((found) -> found.voidLink(reason, by, at));
        return link.isPresent();
    }

    /**
     * Merges this record into {@code survivor}, the same person: its cases (a link the survivor lacks is made on the
     * survivor, and this record's is voided), aliases (its own name becomes one), charges and extradition requests
     * move there, what the survivor does not know of its identity (nationality, date of birth) is taken from this
     * one, and this record keeps only its status history and a pointer to the survivor.
     */
    void mergeInto(Defendant survivor, String by, Instant at) {
        String reason = "Merged into defendant " + survivor.getId();
        for (CaseDefendant link : getActiveCaseLinks()) {
            if (!survivor.isInCase(link.getCaseId())) {
                survivor.addToCase(link.getCaseId(), link.getRole(), link.getSince());
            }
            link.voidLink(reason, by, at);
        }
        // moved rows stay in this record's collections until the end of the transaction: removing them would make
        // orphan removal delete them
        for (Alias alias : this.aliases) {
            if (!survivor.isKnownAs(alias.getAlias())) {
                alias.moveTo(survivor);
                survivor.aliases.add(alias);
            }
        }
        if (!this.fullName.equalsIgnoreCase(survivor.getFullName()) && !survivor.isKnownAs(this.fullName)) {
            survivor.addAlias(this.fullName, "Merged from defendant " + this.id, AliasConfidence.CONFIRMED);
        }
        for (Charge charge : this.charges) {
            charge.moveTo(survivor);
            survivor.charges.add(charge);
        }
        for (ExtraditionRequest request : this.extraditionRequests) {
            request.moveTo(survivor);
            survivor.extraditionRequests.add(request);
        }
        if (survivor.nationality == null) {
            survivor.nationality = this.nationality;
        }
        if (survivor.dateOfBirth == null) {
            survivor.dateOfBirth = this.dateOfBirth;
        }
        this.mergedInto = survivor;
        this.mergedAt = at;
        this.mergedBy = by;
    }

    private Optional<CaseDefendant> link(Long caseId) {
        return this.caseLinks.stream().filter((link) -> Objects.equals(link.getCaseId(), caseId)).findFirst();
    }

    /** A charge or an extradition request concerns one of the defendant's cases. */
    /** A merged record stays as it was merged, its survivor takes what comes after: nothing is added to it. */
    void checkNotMerged() {
        if (isMerged()) {
            throw RuleViolations.ofForm("defendant.merge.isMerged");
        }
    }

    void checkOwnCase(Long caseId, RuleViolations.Collector violations) {
        if (!isInCase(caseId)) {
            violations.reject("caseId", "defendant.charge.caseNotTheDefendants");
        }
    }

    /** A person is born before they are arrested. */
    static void checkIdentity(LocalDate dateOfBirth, LocalDate arrestedOn, RuleViolations.Collector violations) {
        if (dateOfBirth != null && arrestedOn != null && !dateOfBirth.isBefore(arrestedOn)) {
            violations.reject("dateOfBirth", "defendant.dateOfBirth.notBeforeArrest");
        }
    }

    /** An alias is recorded once, whatever its case. */
    void checkNewAlias(String alias, RuleViolations.Collector violations) {
        if (isKnownAs(alias)) {
            violations.reject("alias", "defendant.alias.duplicate");
        }
    }

    /** In the case now: a voided link does not count. */
    public boolean isInCase(Long caseId) {
        return link(caseId).filter((link) -> !link.isVoided()).isPresent();
    }

    Alias addAlias(String alias, String source, AliasConfidence confidence) {
        Alias added = new Alias(this, alias, source, confidence);
        this.aliases.add(added);
        return added;
    }

    /** Charges the defendant in one of their cases. */
    Charge charge(Long caseId, String statute, String description, int counts, LocalDate filedOn) {
        if (!isInCase(caseId)) {
            throw new IllegalArgumentException("The defendant is not in the case " + caseId);
        }
        Charge charge = new Charge(this, caseId, statute, description, counts, filedOn);
        this.charges.add(charge);
        return charge;
    }

    /**
     * Records a request for the defendant's surrender, in one of their cases or in none ({@code caseId} null); its
     * history starts with the request, as of the day it was made.
     */
    ExtraditionRequest requestExtradition(Long caseId, Jurisdiction requesting, Jurisdiction requested,
            String legalBasis, LocalDate requestedOn, String recordedBy, Instant at) {
        if (caseId != null && !isInCase(caseId)) {
            throw new IllegalArgumentException("The defendant is not in the case " + caseId);
        }
        ExtraditionRequest request = new ExtraditionRequest(this, caseId, requesting, requested, legalBasis,
                requestedOn, recordedBy, at);
        this.extraditionRequests.add(request);
        return request;
    }

    void recordArrest(LocalDate arrestedOn, String arrestPlace, Jurisdiction custodyJurisdiction) {
        this.arrestedOn = arrestedOn;
        this.arrestPlace = arrestPlace;
        this.custodyJurisdiction = custodyJurisdiction;
    }

    /** Corrects who the defendant is: name, nationality and date of birth. */
    void describe(String fullName, Jurisdiction nationality, LocalDate dateOfBirth) {
        this.fullName = fullName;
        this.nationality = nationality;
        this.dateOfBirth = dateOfBirth;
    }

    public boolean isKnownAs(String alias) {
        return this.aliases.stream().anyMatch((known) -> known.getAlias().equalsIgnoreCase(alias));
    }

    /** Forgets an alias; {@code false} if the defendant has no alias with this id. */
    boolean removeAlias(Long aliasId) {
        return this.aliases.removeIf((alias) -> alias.getId().equals(aliasId));
    }

    /**
     * Moves the defendant to another legal status as of {@code effectiveOn} and records who did it, when and why.
     * Refused with {@link RuleViolations} when the workflow does not allow the move, or the day is in the
     * future or before the current status took effect.
     */
    void changeLegalStatus(LegalStatus target, LocalDate effectiveOn, String recordedBy, String reason,
            Instant now) {
        Optional<StatusRefusal> refusal = StatusChange.refusal(this.statusChanges, this.legalStatus, target,
                effectiveOn, now);
        if (refusal.isPresent()) {
            throw refusal.get().violations();
        }
        this.statusChanges
            .add(new DefendantStatusChange(this, this.legalStatus, target, effectiveOn, recordedBy, reason, now));
        this.legalStatus = target;
    }

    public Long getId() {
        return this.id;
    }

    public String getFullName() {
        return this.fullName;
    }

    public Jurisdiction getNationality() {
        return this.nationality;
    }

    public LocalDate getDateOfBirth() {
        return this.dateOfBirth;
    }

    public LegalStatus getLegalStatus() {
        return this.legalStatus;
    }

    public Jurisdiction getCustodyJurisdiction() {
        return this.custodyJurisdiction;
    }

    public LocalDate getArrestedOn() {
        return this.arrestedOn;
    }

    public String getArrestPlace() {
        return this.arrestPlace;
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

    public List<CaseDefendant> getCaseLinks() {
        return this.caseLinks;
    }

    /** The cases the defendant is in now, in the order they were linked. */
    public List<CaseDefendant> getActiveCaseLinks() {
        return this.caseLinks.stream().filter((link) -> !link.isVoided()).toList();
    }

    /** The cases the defendant was taken out of, kept with who did it, when and why. */
    public List<CaseDefendant> getVoidedCaseLinks() {
        return this.caseLinks.stream().filter(CaseDefendant::isVoided).toList();
    }

    public boolean isMerged() {
        return this.mergedInto != null;
    }

    public Defendant getMergedInto() {
        return this.mergedInto;
    }

    public Instant getMergedAt() {
        return this.mergedAt;
    }

    public String getMergedBy() {
        return this.mergedBy;
    }

    public List<Alias> getAliases() {
        return this.aliases;
    }

    public List<Charge> getCharges() {
        return this.charges;
    }

    public List<ExtraditionRequest> getExtraditionRequests() {
        return this.extraditionRequests;
    }

    /** The charges that count: a voided charge is listed apart, with who voided it, when and why. */
    public List<Charge> getActiveCharges() {
        return this.charges.stream().filter((charge) -> !charge.isVoided()).toList();
    }

    public List<Charge> getVoidedCharges() {
        return this.charges.stream().filter(Charge::isVoided).toList();
    }

    /** The extradition requests that count: a voided one is listed apart. */
    public List<ExtraditionRequest> getActiveExtraditionRequests() {
        return this.extraditionRequests.stream().filter((request) -> !request.isVoided()).toList();
    }

    public List<ExtraditionRequest> getVoidedExtraditionRequests() {
        return this.extraditionRequests.stream().filter(ExtraditionRequest::isVoided).toList();
    }

    public List<DefendantStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Defendant that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Defendant.class.hashCode();
    }

}
