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
 * What the raid form submits: the raid and the servers seized in it, one row each. When a raid is logged every row is
 * a new server; when a saved raid is edited the rows of its servers carry their id and version, may be corrected or
 * marked to be removed (voided, with a reason), and new rows may follow. Rows are added (one at a time or from a
 * pasted list) and new ones removed by re-submitting the form, so the page works without JavaScript; htmx swaps only
 * the rows when it can.
 */
class RaidForm {

    /**
     * More rows than any real raid has (a saved raid's form shows a row per server); keeps a hand-made request from
     * building a huge form.
     */
    static final int MAX_SERVER_ROWS = 1000;

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

    /** Host names or IP addresses pasted to become rows, separated by line breaks, commas or spaces. */
    @Size(max = 20000)
    private String pasted;

    /** The role of the rows made from the pasted list, if the user chose one. */
    private ServerRole pastedRole;

    /** The form of a saved raid, with a row for each of its servers that count. */
    static RaidForm of(Raid raid, List<SeizedServer> servers) {
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
        servers.forEach((server) -> form.servers.add(ServerRow.of(server)));
        return form;
    }

    /** The validation group of the fields only a raid being logged has. */
    interface Logging {

    }

    LogRaid toLogRaid() {
        return new LogRaid(toDetails(), this.status, this.servers.stream().map(ServerRow::toCommand).toList());
    }

    UpdateRaid toUpdateRaid() {
        return new UpdateRaid(toDetails(), this.version, this.servers.stream().map(ServerRow::toEdit).toList());
    }

    /** The rows as the rules see them: a row being removed is {@code null}, for it keeps no name. */
    List<RecordServer> keptRows() {
        return this.servers.stream().map((row) -> row.toEdit().kept()).toList();
    }

    /** The ids of the rows of servers already recorded. */
    List<Long> recordedIds() {
        return this.servers.stream().map(ServerRow::getId).filter(Objects::nonNull).toList();
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

    /** Removes a new row; the row of a recorded server is removed by marking it, with a reason, and saving. */
    void removeServerRow(int index) {
        if (index >= 0 && index < this.servers.size() && this.servers.get(index).getId() == null) {
            this.servers.remove(index);
        }
    }

    /**
     * Turns the pasted list into rows, one per entry: an IP address fills the row's addresses, anything else its host
     * name (to be checked as one). Empty new rows at the end make way for them, and the list is emptied.
     * @return the pasted rows: their first index and how many entries did not fit under {@link #MAX_SERVER_ROWS}
     */
    Pasted pasteServerRows() {
        while (!this.servers.isEmpty() && this.servers.get(this.servers.size() - 1).isEmptyNewRow()) {
            this.servers.remove(this.servers.size() - 1);
        }
        int first = this.servers.size();
        int left = 0;
        for (String entry : IpAddresses.split(this.pasted)) {
            if (this.servers.size() >= MAX_SERVER_ROWS) {
                left++;
                continue;
            }
            ServerRow row = new ServerRow();
            if (IpAddresses.isAddress(entry)) {
                row.ipAddresses = entry;
            }
            else {
                row.hostname = entry;
            }
            row.role = this.pastedRole;
            this.servers.add(row);
        }
        this.pasted = null;
        return new Pasted(first, this.servers.size() - first, left);
    }

    /** What a paste gave: {@code count} rows from {@code first} on, and {@code left} entries that did not fit. */
    record Pasted(int first, int count, int left) {
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

    public String getPasted() {
        return this.pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public ServerRole getPastedRole() {
        return this.pastedRole;
    }

    public void setPastedRole(ServerRole pastedRole) {
        this.pastedRole = pastedRole;
    }

    public List<ServerRow> getServers() {
        return this.servers;
    }

    public void setServers(List<ServerRow> servers) {
        this.servers = servers != null ? servers : new ArrayList<>();
    }

    /**
     * One server seized in the raid. Its country defaults to the raid's, its seizure date to the raid's date. A row of
     * a server already recorded carries its id and version, and may be marked to be removed with a reason.
     */
    public static class ServerRow {

        private Long id;

        private long version;

        private boolean remove;

        @Size(max = 1000)
        private String removalReason;

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

        static ServerRow of(SeizedServer server) {
            ServerRow row = new ServerRow();
            row.id = server.getId();
            row.version = server.getVersion();
            row.hostname = server.getHostname();
            row.ipAddresses = IpAddresses.join(server.getIpAddresses());
            row.hostingProvider = server.getHostingProvider();
            row.role = server.getRole();
            row.countryCode = server.getCountry().getCode();
            row.seizedOn = server.getSeizedOn();
            return row;
        }

        RecordServer toCommand() {
            return new RecordServer(this.hostname, this.ipAddresses, this.hostingProvider, this.role,
                    this.countryCode, this.seizedOn);
        }

        EditServer toEdit() {
            return new EditServer(this.id, this.version, toCommand(), this.remove, this.removalReason);
        }

        boolean isEmptyNewRow() {
            return this.id == null && this.hostname == null && this.ipAddresses == null
                    && this.hostingProvider == null && this.role == null && this.countryCode == null
                    && this.seizedOn == null;
        }

        public Long getId() {
            return this.id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public long getVersion() {
            return this.version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public boolean isRemove() {
            return this.remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        public String getRemovalReason() {
            return this.removalReason;
        }

        public void setRemovalReason(String removalReason) {
            this.removalReason = removalReason;
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
