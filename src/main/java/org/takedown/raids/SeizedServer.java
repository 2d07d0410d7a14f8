package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.VoidedWith;
import org.takedown.shared.StatusChange;
import org.takedown.shared.StatusRefusal;

/** A server identified in a case and, usually, seized in one of its raids. */
@Entity
@Audited
class SeizedServer {

    private static final Pattern HOSTNAME = Pattern
        .compile("^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The case, by id: cases are another module's aggregate ({@code CaseService#ref} names it). */
    private Long caseId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "raid_id")
    private Raid raid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    private Jurisdiction country;

    private String hostname;

    /**
     * Stored as PostgreSQL {@code inet[]}, so the database rejects anything that is not an address; read back through
     * the text output of each element so that a host address has no {@code /32} suffix.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "inet[]")
    @ColumnTransformer(read = "string_to_array(array_to_string(ip_addresses, ','), ',')",
            write = "cast(? as inet[])")
    private String[] ipAddresses = new String[0];

    private String hostingProvider;

    private Long asn;

    @Enumerated(EnumType.STRING)
    private ServerRole role;

    @Enumerated(EnumType.STRING)
    private ServerStatus status;

    private LocalDate seizedOn;

    private String evidenceReference;

    @Column(name = "disk_image_sha256")
    private String diskImageSha256;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    /** When, by whom and why the server was voided; a voided server counts nowhere but keeps its history. */
    private Instant voidedAt;

    private String voidedBy;

    private String voidReason;

    /** Set when the server was voided with its case or its raid, which bring it back when they are restored. */
    @Enumerated(EnumType.STRING)
    private VoidedWith voidedWith;

    @OneToMany(mappedBy = "server", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<ServerStatusChange> statusChanges = new ArrayList<>();

    protected SeizedServer() {
    }


    /** Records a server; its first status is the first entry of its status history, as of {@code statusSince}. */
    SeizedServer(Long caseId, Jurisdiction country, String hostname, List<String> ipAddresses,
            ServerRole role, ServerStatus status, LocalDate statusSince, String recordedBy, Instant at) {
        this.caseId = caseId;
        this.country = country;
        this.hostname = hostname;
        this.ipAddresses = ipAddresses.toArray(String[]::new);
        this.role = role;
        this.status = status;
        this.statusChanges.add(new ServerStatusChange(this, null, status, statusSince, recordedBy, null, at));
    }

    /** Host names are case-insensitive: they are kept in lower case, without a final dot. */
    static String normalizeHostname(String hostname) {
        String lowerCase = hostname.toLowerCase(Locale.ROOT);
        return lowerCase.endsWith(".") ? lowerCase.substring(0, lowerCase.length() - 1) : lowerCase;
    }

    /**
     * The rules of what identifies a server: a host name of DNS labels (letters, digits, hyphens and underscores, at
     * most 63 characters each) and addresses that are IPv4 or IPv6 literals.
     */
    static void checkIdentity(String hostname, String ipAddresses, RuleViolations.Collector violations) {
        // a missing host name is the form's to name (it is required); a row pasted from an address has none yet
        if (hostname != null && !HOSTNAME.matcher(normalizeHostname(hostname)).matches()) {
            violations.reject("hostname", "server.hostname.invalid");
        }
        IpAddresses.firstInvalid(ipAddresses)
            .ifPresent((invalid) -> violations.reject("ipAddresses", "server.ipAddresses.invalid", invalid));
    }

    void seizedIn(Raid raid) {
        this.raid = raid;
        if (this.seizedOn == null && raid.getRaidDate() != null) {
            this.seizedOn = raid.getRaidDate();
        }
    }

    /** Corrects what identifies the server: its name, its addresses and what it did. */
    void identify(String hostname, List<String> ipAddresses, ServerRole role) {
        this.hostname = hostname;
        this.ipAddresses = ipAddresses.toArray(String[]::new);
        this.role = role;
    }

    /** Corrects the country the server stood in. */
    void locateIn(Jurisdiction country) {
        this.country = country;
    }

    void describeHosting(String hostingProvider, Long asn) {
        this.hostingProvider = hostingProvider;
        this.asn = asn;
    }

    void recordEvidence(LocalDate seizedOn, String evidenceReference, String diskImageSha256) {
        this.seizedOn = seizedOn;
        this.evidenceReference = evidenceReference;
        this.diskImageSha256 = diskImageSha256;
    }

    /**
     * Moves the server along its life as evidence as of {@code effectiveOn} and records who did it, when and why.
     * Refused with {@link RuleViolations} when the workflow does not allow the move, or the day is in the future or
     * before the current status took effect.
     */
    void changeStatus(ServerStatus target, LocalDate effectiveOn, String recordedBy, String reason,
            Instant now) {
        Optional<StatusRefusal> refusal = StatusChange.refusal(this.statusChanges, this.status, target, effectiveOn,
                now);
        if (refusal.isPresent()) {
            throw refusal.get().violations();
        }
        this.statusChanges
            .add(new ServerStatusChange(this, this.status, target, effectiveOn, recordedBy, reason, now));
        this.status = target;
    }

    /**
     * Voids the server: it leaves every list, count and export but keeps its row and its history. Refused when it is
     * voided already.
     */
    void voidFor(String reason, String voidedBy, Instant at) {
        if (isVoided()) {
            throw RuleViolations.ofForm("server.voided");
        }
        this.voidedAt = at;
        this.voidedBy = voidedBy;
        this.voidReason = reason;
    }

    /** Voids the server with its case or its raid, for the same reason: restoring that brings it back. */
    void voidWith(VoidedWith with, String reason, String voidedBy, Instant at) {
        voidFor(reason, voidedBy, at);
        this.voidedWith = with;
    }

    /** Brings a voided server back into every list and count; its history keeps the void and the restore. */
    void restore() {
        if (!isVoided()) {
            throw RuleViolations.ofForm("void.notVoided");
        }
        this.voidedAt = null;
        this.voidedBy = null;
        this.voidReason = null;
        this.voidedWith = null;
    }

    /** A voided server is evidence of a mistake, not a record to work on: it can no longer change. */
    void checkNotVoided() {
        if (isVoided()) {
            throw RuleViolations.ofForm("server.voided");
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

    public Long getId() {
        return this.id;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public Raid getRaid() {
        return this.raid;
    }

    public Jurisdiction getCountry() {
        return this.country;
    }

    public String getHostname() {
        return this.hostname;
    }

    public List<String> getIpAddresses() {
        return List.of(this.ipAddresses);
    }

    public String getHostingProvider() {
        return this.hostingProvider;
    }

    public Long getAsn() {
        return this.asn;
    }

    public ServerRole getRole() {
        return this.role;
    }

    public ServerStatus getStatus() {
        return this.status;
    }

    public LocalDate getSeizedOn() {
        return this.seizedOn;
    }

    public String getEvidenceReference() {
        return this.evidenceReference;
    }

    public String getDiskImageSha256() {
        return this.diskImageSha256;
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

    public List<ServerStatusChange> getStatusChanges() {
        return this.statusChanges;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeizedServer that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return SeizedServer.class.hashCode();
    }

}
