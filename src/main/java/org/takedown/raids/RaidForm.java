package org.takedown.raids;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the raid form submits: the raid and, when a raid is logged, the servers seized in it (one row each). Rows can
 * be added and removed by re-submitting the form, so the page works without JavaScript.
 */
class RaidForm {

    /** More rows than any real raid needs; keeps a hand-made request from building a huge form. */
    static final int MAX_SERVER_ROWS = 100;

    @NotBlank
    @Size(max = 16)
    private String jurisdictionCode;

    /** The first status of a raid being logged; afterwards the status changes only through the status form. */
    @NotNull(groups = Logging.class)
    private RaidStatus status;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate raidDate;

    /** Hours and minutes, as the browser's time input sends and shows them. */
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime localTime;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    private Long leadAgencyId;

    private List<Long> participatingAgencyIds = new ArrayList<>();

    @NotNull
    private LegalBasis legalBasis;

    @Size(max = 200)
    private String legalReference;

    @Size(max = 4000)
    private String outcome;

    @NotNull
    @PositiveOrZero
    @Max(100000)
    private Integer arrestsMade = 0;

    private long version;

    @Valid
    @Size(max = MAX_SERVER_ROWS)
    private List<ServerRow> servers = new ArrayList<>();

    static RaidForm of(Raid raid) {
        RaidForm form = new RaidForm();
        form.jurisdictionCode = raid.getJurisdiction().getCode();
        form.raidDate = raid.getRaidDate();
        form.localTime = raid.getLocalTime();
        form.timeZone = raid.getTimeZone().getId();
        form.leadAgencyId = raid.getLeadAgency() != null ? raid.getLeadAgency().getId() : null;
        form.participatingAgencyIds = new ArrayList<>(
                raid.getParticipatingAgencies().stream().map((agency) -> agency.getId()).toList());
        form.legalBasis = raid.getLegalBasis();
        form.legalReference = raid.getLegalReference();
        form.outcome = raid.getOutcome();
        form.arrestsMade = raid.getArrestsMade();
        form.version = raid.getVersion();
        return form;
    }

    /** The validation group of the fields only a raid being logged has. */
    interface Logging {

    }

    LogRaid toLogRaid() {
        return new LogRaid(toDetails(), this.status, this.servers.stream().map(ServerRow::toCommand).toList());
    }

    UpdateRaid toUpdateRaid() {
        return new UpdateRaid(toDetails(), this.version);
    }

    private RaidDetails toDetails() {
        // an empty option of the multiple select binds as null
        List<Long> participating = this.participatingAgencyIds.stream().filter(Objects::nonNull).toList();
        return new RaidDetails(this.jurisdictionCode, this.raidDate, this.localTime, this.timeZone,
                this.leadAgencyId, participating, this.legalBasis, this.legalReference, this.outcome,
                this.arrestsMade);
    }

    void addServerRow() {
        if (this.servers.size() < MAX_SERVER_ROWS) {
            this.servers.add(new ServerRow());
        }
    }

    void removeServerRow(int index) {
        if (index >= 0 && index < this.servers.size()) {
            this.servers.remove(index);
        }
    }

    public String getJurisdictionCode() {
        return this.jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public RaidStatus getStatus() {
        return this.status;
    }

    public void setStatus(RaidStatus status) {
        this.status = status;
    }

    public LocalDate getRaidDate() {
        return this.raidDate;
    }

    public void setRaidDate(LocalDate raidDate) {
        this.raidDate = raidDate;
    }

    public LocalTime getLocalTime() {
        return this.localTime;
    }

    public void setLocalTime(LocalTime localTime) {
        this.localTime = localTime;
    }

    public String getTimeZone() {
        return this.timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getLeadAgencyId() {
        return this.leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public List<Long> getParticipatingAgencyIds() {
        return this.participatingAgencyIds;
    }

    public void setParticipatingAgencyIds(List<Long> participatingAgencyIds) {
        this.participatingAgencyIds = participatingAgencyIds != null ? participatingAgencyIds : new ArrayList<>();
    }

    public LegalBasis getLegalBasis() {
        return this.legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getLegalReference() {
        return this.legalReference;
    }

    public void setLegalReference(String legalReference) {
        this.legalReference = legalReference;
    }

    public String getOutcome() {
        return this.outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Integer getArrestsMade() {
        return this.arrestsMade;
    }

    public void setArrestsMade(Integer arrestsMade) {
        this.arrestsMade = arrestsMade;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<ServerRow> getServers() {
        return this.servers;
    }

    public void setServers(List<ServerRow> servers) {
        this.servers = servers != null ? servers : new ArrayList<>();
    }

    /** One server seized in the raid. Its country defaults to the raid's, its seizure date to the raid's date. */
    public static class ServerRow {

        @NotBlank
        @Size(max = 253)
        private String hostname;

        @Size(max = 2000)
        private String ipAddresses;

        @Size(max = 200)
        private String hostingProvider;

        @NotNull
        private ServerRole role;

        @Size(max = 2)
        private String countryCode;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate seizedOn;

        RecordServer toCommand() {
            return new RecordServer(this.hostname, this.ipAddresses, this.hostingProvider, this.role,
                    this.countryCode, this.seizedOn);
        }

        public String getHostname() {
            return this.hostname;
        }

        public void setHostname(String hostname) {
            this.hostname = hostname;
        }

        public String getIpAddresses() {
            return this.ipAddresses;
        }

        public void setIpAddresses(String ipAddresses) {
            this.ipAddresses = ipAddresses;
        }

        public String getHostingProvider() {
            return this.hostingProvider;
        }

        public void setHostingProvider(String hostingProvider) {
            this.hostingProvider = hostingProvider;
        }

        public ServerRole getRole() {
            return this.role;
        }

        public void setRole(ServerRole role) {
            this.role = role;
        }

        public String getCountryCode() {
            return this.countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = countryCode;
        }

        public LocalDate getSeizedOn() {
            return this.seizedOn;
        }

        public void setSeizedOn(LocalDate seizedOn) {
            this.seizedOn = seizedOn;
        }

    }

}
