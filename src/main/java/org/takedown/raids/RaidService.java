package org.takedown.raids;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.takedown.cases.CaseRef;
import org.takedown.cases.CaseService;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.Keyset;
import org.takedown.shared.ListPage;
import org.takedown.shared.PagePosition;
import org.takedown.shared.RuleViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes raids and the servers seized in them. */
@Service
@Transactional(readOnly = true)
public class RaidService {

    /** The unique index on the host names of a case's servers that count (V220). */
    private static final String UNIQUE_HOSTNAME = "uq_seized_server_case_hostname";

    private final RaidRepository raids;

    private final SeizedServerRepository servers;

    private final RaidQueries queries;

    private final CaseService cases;

    private final JurisdictionService jurisdictions;

    private final EntityManager entityManager;

    private final CurrentUser currentUser;

    private final Clock clock;

    RaidService(RaidRepository raids, SeizedServerRepository servers, RaidQueries queries, CaseService cases,
            JurisdictionService jurisdictions, EntityManager entityManager, CurrentUser currentUser, Clock clock) {
        this.raids = raids;
        this.servers = servers;
        this.queries = queries;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    List<RaidCountrySummary> countrySummary(Long caseId) {
        return this.raids.summarizeByCountry(caseId);
    }

    Page<SeizedServerRow> serversOfCase(Long caseId, Pageable pageable) {
        return this.servers.findRowsByCaseId(caseId, pageable);
    }

    /** A page of the raid list at {@code position}, with the list's total (see {@link RaidQueries#raidTotal}). */
    ListPage<RaidRow> list(RaidListQuery query, PagePosition position) {
        Keyset.Plan plan = RaidQueries.RAID_KEYS.plan(query.sort(), position);
        return position.page(this.queries.raids(query, plan), RaidQueries.RAID_KEYS, plan, query.sort(),
                this.queries.raidTotal(query));
    }

    /** A page of the server grid at {@code position}, with its total, exact or approximate (see {@link RaidQueries}). */
    ListPage<SeizedServerRow> servers(ServerListQuery query, PagePosition position) {
        Keyset.Plan plan = RaidQueries.SERVER_KEYS.plan(query.sort(), position);
        return position.page(this.queries.servers(query, plan), RaidQueries.SERVER_KEYS, plan, query.sort(),
                this.queries.serverTotal(query));
    }

    /** Every raid the query matches, in its order, to {@code sink}, one at a time (for the CSV export). */
    void exportRaids(RaidListQuery query, Consumer<? super RaidRow> sink) {
        this.queries.streamRaids(query, sink);
    }

    /** Every server the query matches, in its order, to {@code sink}, one at a time (for the CSV export). */
    void exportServers(ServerListQuery query, Consumer<? super SeizedServerRow> sink) {
        this.queries.streamServers(query, sink);
    }

    /** The case of a raid or server, as the pages name it; its opening date bounds their dates. */
    CaseRef enforcementCase(Long caseId) {
        return this.cases.ref(caseId);
    }

    /** The zone most raids in the country of this jurisdiction (its code in any case) were logged in, if any. */
    Optional<String> usualTimeZone(String jurisdictionCode) {
        return this.raids.findUsualTimeZone(jurisdictionCode.toUpperCase(Locale.ROOT));
    }

    /** The raid with its place and agencies loaded, for its page and its edit form. */
    Raid get(Long id) {
        return this.raids.findDetailedById(id).orElseThrow(() -> new RaidNotFoundException(id));
    }

    List<SeizedServerRow> serversOfRaid(Long raidId) {
        return this.servers.findRowsByRaidId(raidId);
    }

    /** The servers of the raid that count, for the rows of its edit form. */
    List<SeizedServer> recordedServersOf(Long raidId) {
        return this.servers.findByRaid(raidId);
    }

    /** The server with its raid, country and status history loaded. */
    SeizedServer server(Long id) {
        return this.servers.findDetailedById(id).orElseThrow(() -> new ServerNotFoundException(id));
    }

    /**
     * Logs a raid of the case with the servers seized in it, each with the first entry of its status history, in one
     * transaction: either all of it is saved or nothing.
     * @return the ids of the raid and its servers; their versions are 0
     * @throws RuleViolations when the raid or one of its servers breaks a rule: an unknown place, agency, zone or
     * country, a day before the case was opened, a host name twice in the raid or already in the case, a first status
     * as of a day in the future, before the case was opened or, for a raid that has begun, before its day
     */
    @Transactional
    public LoggedRaid log(Long caseId, LogRaid command) {
        CaseRef enforcementCase = this.cases.ref(caseId);
        enforcementCase.checkNotVoided();
        RaidDetails details = command.raid();
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction jurisdiction = jurisdiction(details.jurisdictionCode(), violations);
        Agencies agencies = agencies(details, violations);
        Raid.checkTimeZone(details.timeZone(), violations);
        checkRaidDate(details, enforcementCase, violations);
        checkStatusSince(command, enforcementCase, violations);
        checkServerRows(enforcementCase, details.raidDate(), command.servers(), List.of(), violations);
        violations.throwIfAny();
        // unless the command says since when, the statuses hold as of the raid's day, or today for a raid still ahead
        LocalDate statusSince = command.statusSince() != null ? command.statusSince()
                : earliest(details.raidDate(), LocalDate.now(this.clock));
        Raid raid = new Raid(caseId, jurisdiction, command.status(), details.raidDate(), details.localTime(),
                ZoneId.of(details.timeZone()), details.legalBasis(), statusSince, this.currentUser.name(),
                this.clock.instant());
        describe(raid, details, agencies);
        this.raids.save(raid);
        List<SeizedServer> saved = new ArrayList<>();
        try {
            for (RecordServer seized : command.servers()) {
                saved.add(recordServer(raid, seized, statusSince));
            }
            this.servers.flush();
        }
        catch (DataIntegrityViolationException ex) {
            throw savedMeanwhile(ex);
        }
        return new LoggedRaid(raid.getId(), saved.stream().map(SeizedServer::getId).toList());
    }

    /**
     * Saves the edited raid and its server rows in one transaction, unless someone else saved the raid or one of its
     * servers since the form was opened: the rows of recorded servers are corrected, or voided when marked to be
     * removed (with a reason), and new rows are recorded as seized in the raid. Either all of it is saved or nothing.
     * @throws RuleViolations when the place, an agency or the zone is unknown, the day before the case was opened, or
     * a row breaks a rule of the servers (see {@link #log}) or is marked to be removed without a reason
     * @throws ServerNotFoundException when a row names a server that is not one of this raid's
     */
    @Transactional
    void update(Long id, UpdateRaid command) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        raid.checkNotVoided();
        Map<Long, SeizedServer> recorded = recordedServers(raid, command.servers());
        RaidDetails details = command.raid();
        CaseRef enforcementCase = this.cases.ref(raid.getCaseId());
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction jurisdiction = jurisdiction(details.jurisdictionCode(), violations);
        Agencies agencies = agencies(details, violations);
        Raid.checkTimeZone(details.timeZone(), violations);
        checkRaidDate(details, enforcementCase, violations);
        List<RecordServer> kept = command.servers().stream().map(EditServer::kept).toList();
        checkServerRows(enforcementCase, details.raidDate(), kept, recorded.keySet(), violations);
        for (int row = 0; row < command.servers().size(); row++) {
            EditServer server = command.servers().get(row);
            if (server.recorded() && server.remove() && server.removalReason() == null) {
                violations.nested("servers[" + row + "]").reject("removalReason", "raid.server.removalReason.required");
            }
        }
        violations.throwIfAny();
        raid.reschedule(jurisdiction, details.raidDate(), details.localTime(), ZoneId.of(details.timeZone()));
        describe(raid, details, agencies);
        try {
            for (EditServer row : command.servers()) {
                SeizedServer server = recorded.get(row.id());
                if (server == null) {
                    continue;
                }
                if (row.remove()) {
                    server.voidFor(row.removalReason(), this.currentUser.name(), this.clock.instant());
                }
                else {
                    correct(server, raid, row.values());
                }
            }
            // the names the corrected and voided servers give up are free before the new servers take them
            this.servers.flush();
            LocalDate statusSince = earliest(raid.getRaidDate(), LocalDate.now(this.clock));
            for (EditServer row : command.servers()) {
                if (!row.recorded() && !row.remove()) {
                    recordServer(raid, row.values(), statusSince);
                }
            }
            this.servers.flush();
        }
        catch (DataIntegrityViolationException ex) {
            throw savedMeanwhile(ex);
        }
    }

    /**
     * The rules the rows from {@code firstRow} on break, as saving the form would check them, without saving anything:
     * rows pasted into the form are marked at once. {@code rows} are all the form's rows ({@code null} for one being
     * removed), {@code recordedIds} the servers they correct, {@code raidDate} the form's (its seizures' default).
     */
    List<RuleViolations.Violation> checkNewRows(Long caseId, LocalDate raidDate, List<RecordServer> rows,
            List<Long> recordedIds, int firstRow) {
        RuleViolations.Collector violations = RuleViolations.collect();
        checkServerRows(this.cases.ref(caseId), raidDate, rows, recordedIds, violations);
        try {
            violations.throwIfAny();
            return List.of();
        }
        catch (RuleViolations broken) {
            return broken.violations()
                .stream()
                .filter((violation) -> rowOf(violation.field()) >= firstRow)
                .toList();
        }
    }

    /** The row number of a field such as {@code servers[3].hostname}; -1 for another field. */
    private static int rowOf(String field) {
        if (field == null || !field.startsWith("servers[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("servers[".length(), field.indexOf(']')));
    }

    /**
     * The recorded servers the rows name, by id, checked to be this raid's and at the version the user saw (else
     * someone changed or voided them meanwhile: a 409).
     */
    private Map<Long, SeizedServer> recordedServers(Raid raid, List<EditServer> rows) {
        List<Long> ids = rows.stream().filter(EditServer::recorded).map(EditServer::id).toList();
        Map<Long, SeizedServer> recorded = new HashMap<>();
        this.servers.findAllById(ids).forEach((server) -> recorded.put(server.getId(), server));
        for (EditServer row : rows) {
            if (!row.recorded()) {
                continue;
            }
            SeizedServer server = recorded.get(row.id());
            if (server == null || server.getRaid() == null || !raid.getId().equals(server.getRaid().getId())) {
                throw new ServerNotFoundException(row.id());
            }
            if (server.getVersion() != row.version() || server.isVoided()) {
                throw new ObjectOptimisticLockingFailureException(SeizedServer.class, row.id());
            }
        }
        return recorded;
    }

    /**
     * The rules of a raid form's server rows ({@code null}: a row being removed): each server's own and no host twice
     * in the form (see {@link Raid#checkSeizures}), no host name another server of the case has (other than the
     * servers {@code recordedIds} the rows correct), a known country, no seizure before the case was opened (an empty
     * seizure date is the raid's day).
     */
    private void checkServerRows(CaseRef enforcementCase, LocalDate raidDate, List<RecordServer> rows,
            Collection<Long> recordedIds, RuleViolations.Collector violations) {
        Raid.checkSeizures(rows, violations);
        List<String> hostnames = rows.stream()
            .map((row) -> (row == null || row.hostname() == null) ? null
                    : SeizedServer.normalizeHostname(row.hostname()))
            .toList();
        List<String> named = hostnames.stream().filter(Objects::nonNull).toList();
        // no server has the id 0 (identities start at 1): an empty list would make "not in" match nothing
        Set<String> taken = named.isEmpty() ? Set.of()
                : new HashSet<>(this.servers.findExistingHostnames(enforcementCase.id(), named,
                        recordedIds.isEmpty() ? List.of(0L) : recordedIds));
        for (int row = 0; row < rows.size(); row++) {
            RecordServer server = rows.get(row);
            if (server == null) {
                continue;
            }
            RuleViolations.Collector rowViolations = violations.nested("servers[" + row + "]");
            if (!rowViolations.hasViolation("hostname") && taken.contains(hostnames.get(row))) {
                rowViolations.reject("hostname", "raid.server.duplicateHostname", hostnames.get(row));
            }
            if (server.countryCode() != null && this.jurisdictions.country(server.countryCode()).isEmpty()) {
                rowViolations.reject("countryCode", "raid.server.country.unknown");
            }
            LocalDate seizedOn = server.seizedOn() != null ? server.seizedOn() : raidDate;
            if (seizedOn != null && seizedOn.isBefore(enforcementCase.openedOn())) {
                rowViolations.reject("seizedOn", "server.seizedOn.beforeCaseOpened",
                        enforcementCase.openedOn().toString());
            }
        }
    }

    /**
     * Records a server seized in the raid, with the first entry of its status history as of {@code statusSince} (or
     * its seizure, when earlier): seized when the raid is under way or completed, else identified.
     */
    private SeizedServer recordServer(Raid raid, RecordServer seized, LocalDate statusSince) {
        ServerStatus initialStatus = raid.getStatus().hasBegun() ? ServerStatus.SEIZED : ServerStatus.IDENTIFIED;
        SeizedServer server = new SeizedServer(raid.getCaseId(), countryOf(raid, seized),
                SeizedServer.normalizeHostname(seized.hostname()), IpAddresses.split(seized.ipAddresses()),
                seized.role(), initialStatus,
                seized.seizedOn() != null ? earliest(seized.seizedOn(), statusSince) : statusSince,
                this.currentUser.name(), this.clock.instant());
        server.describeHosting(seized.hostingProvider(), null);
        server.recordEvidence(seized.seizedOn(), null, null);
        raid.addServer(server);
        return this.servers.save(server);
    }

    /** Corrects a recorded server from its row: what the row shows of it; its ASN and evidence stay as they are. */
    private void correct(SeizedServer server, Raid raid, RecordServer row) {
        server.identify(SeizedServer.normalizeHostname(row.hostname()), IpAddresses.split(row.ipAddresses()),
                row.role());
        server.locateIn(countryOf(raid, row));
        server.describeHosting(row.hostingProvider(), server.getAsn());
        server.recordEvidence(row.seizedOn() != null ? row.seizedOn() : raid.getRaidDate(),
                server.getEvidenceReference(), server.getDiskImageSha256());
    }

    /** A row's country, or the country of the raid's jurisdiction when the row names none. */
    private Jurisdiction countryOf(Raid raid, RecordServer row) {
        return this.entityManager.getReference(Jurisdiction.class,
                row.countryCode() != null ? row.countryCode().toUpperCase(Locale.ROOT)
                        : raid.getJurisdiction().getCountryCode());
    }

    private static RuntimeException savedMeanwhile(DataIntegrityViolationException ex) {
        if (String.valueOf(ex.getMessage()).contains(UNIQUE_HOSTNAME)) {
            // another user saved a server with one of these host names a moment ago
            return RuleViolations.ofForm("raid.server.savedMeanwhile");
        }
        return ex;
    }

    /**
     * Saves the edited server fields, unless someone else saved the server since the form was opened.
     * @throws RuleViolations when the host name or an address is malformed, the host name another server's of the
     * case, or the seizure before the case was opened
     */
    @Transactional
    public void updateServer(Long id, UpdateServer command) {
        SeizedServer server = this.servers.findById(id).orElseThrow(() -> new ServerNotFoundException(id));
        if (server.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(SeizedServer.class, id);
        }
        server.checkNotVoided();
        String hostname = SeizedServer.normalizeHostname(command.hostname());
        RuleViolations.Collector violations = RuleViolations.collect();
        SeizedServer.checkIdentity(hostname, command.ipAddresses(), violations);
        if (!violations.hasViolation("hostname")
                && this.servers.hostnameTakenByAnother(server.getCaseId(), hostname, id)) {
            violations.reject("hostname", "raid.server.duplicateHostname", hostname);
        }
        LocalDate openedOn = this.cases.ref(server.getCaseId()).openedOn();
        if (command.seizedOn() != null && command.seizedOn().isBefore(openedOn)) {
            violations.reject("seizedOn", "server.seizedOn.beforeCaseOpened", openedOn.toString());
        }
        violations.throwIfAny();
        server.identify(hostname, IpAddresses.split(command.ipAddresses()), command.role());
        server.describeHosting(command.hostingProvider(), command.asn());
        server.recordEvidence(command.seizedOn(), command.evidenceReference(), command.diskImageSha256());
    }

    /**
     * Moves the raid to another status and records who did it, when and why (or {@link RuleViolations}).
     * @return the raid's version after the move, for a caller that changes it again (the demo data does, in one go)
     */
    @Transactional
    public long changeStatus(Long id, ChangeStatus<RaidStatus> command) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        raid.checkNotVoided();
        raid.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(), command.reason(),
                this.clock.instant());
        this.raids.flush();
        return raid.getVersion();
    }

    /**
     * Moves the server to another status and records who did it, when and why (or {@link RuleViolations}).
     * @return the server's version after the move, for a caller that changes it again (the demo data does, in one go)
     */
    @Transactional
    public long changeServerStatus(Long id, ChangeStatus<ServerStatus> command) {
        SeizedServer server = this.servers.findById(id).orElseThrow(() -> new ServerNotFoundException(id));
        if (server.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(SeizedServer.class, id);
        }
        server.checkNotVoided();
        server.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(), command.reason(),
                this.clock.instant());
        this.servers.flush();
        return server.getVersion();
    }

    private void describe(Raid raid, RaidDetails details, Agencies agencies) {
        raid.assignAgencies(agencies.lead(), agencies.participating());
        raid.authorise(details.legalBasis(), details.legalReference());
        raid.recordOutcome(details.outcome(), details.arrestsMade());
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    /** The raid's place, which must exist. */
    private Jurisdiction jurisdiction(String code, RuleViolations.Collector violations) {
        String upperCase = code.toUpperCase(Locale.ROOT);
        Jurisdiction jurisdiction = this.entityManager.find(Jurisdiction.class, upperCase);
        if (jurisdiction == null) {
            violations.reject("jurisdictionCode", "raid.jurisdiction.unknown", upperCase);
        }
        return jurisdiction;
    }

    /** The agencies that led and took part, which must exist. */
    private Agencies agencies(RaidDetails details, RuleViolations.Collector violations) {
        Map<Long, Agency> known = new HashMap<>();
        this.jurisdictions.agencies().forEach((agency) -> known.put(agency.getId(), agency));
        Agency lead = null;
        if (details.leadAgencyId() != null) {
            lead = known.get(details.leadAgencyId());
            if (lead == null) {
                violations.reject("leadAgencyId", "raid.agency.unknown");
            }
        }
        Set<Agency> participating = new LinkedHashSet<>();
        for (Long agencyId : details.participatingAgencyIds()) {
            Agency agency = known.get(agencyId);
            if (agency == null) {
                violations.reject("participatingAgencyIds", "raid.agency.unknown");
                break;
            }
            participating.add(agency);
        }
        return new Agencies(lead, participating);
    }

    /** A raid cannot be dated before its case was opened. */
    private static void checkRaidDate(RaidDetails details, CaseRef enforcementCase,
            RuleViolations.Collector violations) {
        if (details.raidDate().isBefore(enforcementCase.openedOn())) {
            violations.reject("raidDate", "raid.raidDate.beforeCaseOpened", enforcementCase.openedOn().toString());
        }
    }

    /**
     * A raid's first status cannot hold as of a day in the future or before its case was opened, nor, for a raid that
     * has begun, before the raid's own day (as its later moves cannot).
     */
    private void checkStatusSince(LogRaid command, CaseRef enforcementCase, RuleViolations.Collector violations) {
        LocalDate statusSince = command.statusSince();
        if (statusSince == null) {
            return;
        }
        if (statusSince.isAfter(LocalDate.now(this.clock))) {
            violations.reject("statusSince", "status.effectiveOn.future");
        }
        else if (statusSince.isBefore(enforcementCase.openedOn())) {
            violations.reject("statusSince", "raid.statusSince.beforeCaseOpened",
                    enforcementCase.openedOn().toString());
        }
        else if (command.status().hasBegun() && statusSince.isBefore(command.raid().raidDate())) {
            violations.reject("statusSince", "raid.status.effectiveOn.beforeRaidDate",
                    command.raid().raidDate().toString());
        }
    }

    private record Agencies(Agency lead, Set<Agency> participating) {
    }

}
