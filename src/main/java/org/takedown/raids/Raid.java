package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.UpdateTimestamp;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidedWith;
import org.takedown.shared.StatusChange;
import org.takedown.shared.StatusRefusal;

/** A search or action day in one jurisdiction, and the servers seized in it. */
@Entity
@Audited
class Raid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The case, by id: cases are another module's aggregate ({@code CaseService#ref} names it). */
    private Long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_code")
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    private RaidStatus status;

    private LocalDate raidDate;

    private LocalTime localTime;

    /** An IANA zone id such as {@code Europe/Riga}: the local time means nothing without it. */
    private String timeZone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_agency_id")
    private Agency leadAgency;

    @ManyToMany
    @JoinTable(name = "raid_participating_agency", joinColumns = @JoinColumn(name = "raid_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> participatingAgencies = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;

    private String legalReference;

    private String outcome;

    private int arrestsMade;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    /** When, by whom and why the raid was voided; a voided raid and its servers count nowhere. */
    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    /** Set when the raid was voided with its case, which brings it back when it is restored. */
    @Enumerated(EnumType.STRING)
    private VoidedWith voidedWith;

    /** The servers seized in the raid that count: a voided server has left it. */
    @OneToMany(mappedBy = "raid")
    @OrderBy("hostname")
    @SQLRestriction("voided_at is null")
    private List<SeizedServer> servers = new ArrayList<>();

    @OneToMany(mappedBy = "raid", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<RaidStatusChange> statusChanges = new ArrayList<>();

    protected Raid() {
    }

    /**
     * Logs a raid; its first status is the first entry of its status history, as of {@code statusSince} (the day it
     * was planned, or the raid's day for one logged after the fact).
     */
    Raid(Long caseId, Jurisdiction jurisdiction, RaidStatus status, LocalDate raidDate, LocalTime localTime,
            ZoneId timeZone, LegalBasis legalBasis, LocalDate statusSince, String recordedBy, Instant at) {
        this.caseId = caseId;
        this.jurisdiction = jurisdiction;
        this.status = status;
        this.raidDate = raidDate;
        this.localTime = localTime;
        this.timeZone = timeZone.getId();
        this.legalBasis = legalBasis;
        this.statusChanges.add(new RaidStatusChange(this, null, status, statusSince, recordedBy, null, at));
    }

    /** A raid's time is local to an IANA zone, such as Europe/Riga, so that its moment is known everywhere. */
    static void checkTimeZone(String timeZone, RuleViolations.Collector violations) {
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            violations.reject("timeZone", "raid.timeZone.unknown");
        }
    }

    /**
     * The rules of the servers of a raid's form, each under its row ({@code servers[1].hostname}): each server's own
     * (see {@link SeizedServer#checkIdentity}), and no host twice in the raid. A {@code null} row is one being removed.
     */
    static void checkSeizures(List<RecordServer> servers, RuleViolations.Collector violations) {
        Map<String, Integer> rowOfHostname = new HashMap<>();
        for (int row = 0; row < servers.size(); row++) {
            RecordServer server = servers.get(row);
            if (server == null) {
                continue;
            }
            RuleViolations.Collector rowViolations = violations.nested("servers[" + row + "]");
            SeizedServer.checkIdentity(server.hostname(), server.ipAddresses(), rowViolations);
            if (server.hostname() == null) {
                continue;
            }
            String hostname = SeizedServer.normalizeHostname(server.hostname());
            Integer first = rowOfHostname.putIfAbsent(hostname, row);
            if (first != null && !rowViolations.hasViolation("hostname")) {
                rowViolations.reject("hostname", "raid.server.duplicateInForm", first + 1);
            }
        }
    }

    void assignAgencies(Agency leadAgency, Set<Agency> participatingAgencies) {
        this.leadAgency = leadAgency;
        this.participatingAgencies.clear();
        this.participatingAgencies.addAll(participatingAgencies);
    }

    /** Moves the raid to another place, day, local time or zone (corrections, or a planned raid rescheduled). */
    void reschedule(Jurisdiction jurisdiction, LocalDate raidDate, LocalTime localTime, ZoneId timeZone) {
        this.jurisdiction = jurisdiction;
        this.raidDate = raidDate;
        this.localTime = localTime;
        this.timeZone = timeZone.getId();
    }

    void authorise(LegalBasis legalBasis, String legalReference) {
        this.legalBasis = legalBasis;
        this.legalReference = legalReference;
    }

    /** The moment the raid began, when its local time is known: its local date and time in its own zone. */
    public Instant getStartedAt() {
        if (this.localTime == null) {
            return null;
        }
        return ZonedDateTime.of(this.raidDate, this.localTime, getTimeZone()).toInstant();
    }

    void recordOutcome(String outcome, int arrestsMade) {
        this.outcome = outcome;
        this.arrestsMade = arrestsMade;
    }

    /**
     * Moves the raid along its workflow as of {@code effectiveOn} and records who did it, when and why. Refused with
     * {@link RuleViolations} when the workflow does not allow the move, or the day is in the future, before the
     * current status took effect, or, for a raid under way or completed, before the raid's own day.
     */
    void changeStatus(RaidStatus target, LocalDate effectiveOn, String recordedBy, String reason, Instant now) {
        Optional<StatusRefusal> refusal = StatusChange.refusal(this.statusChanges, this.status, target, effectiveOn,
                now, target.hasBegun() ? this.raidDate : null, "raid.status.effectiveOn.beforeRaidDate");
        if (refusal.isPresent()) {
            throw refusal.get().violations();
        }
        this.statusChanges.add(new RaidStatusChange(this, this.status, target, effectiveOn, recordedBy, reason, now));
        this.status = target;
    }

    /** Links a server seized in this raid, keeping both sides of the association in step. */
    /**
     * Voids the raid and its servers that count, for the same reason: they leave every list, count and export, keep
     * their pages and histories, and come back together when the raid is restored.
     */
    void voidFor(String reason, String by, Instant at) {
        checkNotVoided();
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
        this.servers.forEach((server) -> server.voidWith(VoidedWith.RAID, reason, by, at));
    }

    /** Voids the raid with its case (its servers are voided with the case too). */
    void voidWithCase(String reason, String by, Instant at) {
        checkNotVoided();
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
        this.voidedWith = VoidedWith.CASE;
    }

    /** Brings the raid back; the caller brings back the servers voided with it. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    /** A voided raid is kept as evidence of a mistake, not worked on: it refuses every change until restored. */
    void checkNotVoided() {
        if (isVoided()) {
            throw RuleViolations.ofForm("raid.voided");
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

    void addServer(SeizedServer server) {
        server.seizedIn(this);
        this.servers.add(server);
    }

    public Long getId() {
        return this.id;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public Jurisdiction getJurisdiction() {
        return this.jurisdiction;
    }

    public RaidStatus getStatus() {
        return this.status;
    }

    public LocalDate getRaidDate() {
        return this.raidDate;
    }

    public LocalTime getLocalTime() {
        return this.localTime;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(this.timeZone);
    }

    public Agency getLeadAgency() {
        return this.leadAgency;
    }

    public Set<Agency> getParticipatingAgencies() {
        return this.participatingAgencies;
    }

    public LegalBasis getLegalBasis() {
        return this.legalBasis;
    }

    public String getLegalReference() {
        return this.legalReference;
    }

    public String getOutcome() {
        return this.outcome;
    }

    public int getArrestsMade() {
        return this.arrestsMade;
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

    public List<SeizedServer> getServers() {
        return this.servers;
    }

    public List<RaidStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Raid that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Raid.class.hashCode();
    }

}
