package org.takedown.raids;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.takedown.shared.RuleViolations;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes raids and the servers seized in them. */
@Service
@Transactional(readOnly = true)
public class RaidService {

    /** The unique index on a case's host names (V1). */
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

    Page<RaidRow> list(RaidListQuery query, Pageable pageable) {
        return this.queries.raids(query, pageable);
    }

    /** A page of the server grid: at {@code pageable}'s offset, or after {@code afterId} when paged by keyset. */
    Slice<SeizedServerRow> servers(ServerListQuery query, Pageable pageable, Long afterId) {
        return this.queries.servers(query, pageable, afterId);
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
        RaidDetails details = command.raid();
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction jurisdiction = jurisdiction(details.jurisdictionCode(), violations);
        Agencies agencies = agencies(details, violations);
        Raid.checkTimeZone(details.timeZone(), violations);
        checkRaidDate(details, enforcementCase, violations);
        checkStatusSince(command, enforcementCase, violations);
        Raid.checkSeizures(command.servers(), violations);
        List<String> hostnames = command.servers()
            .stream()
            .map((server) -> SeizedServer.normalizeHostname(server.hostname()))
            .toList();
        Set<String> taken = new HashSet<>(this.servers.findExistingHostnames(caseId, hostnames));
        for (int row = 0; row < hostnames.size(); row++) {
            RecordServer server = command.servers().get(row);
            RuleViolations.Collector rowViolations = violations.nested("servers[" + row + "]");
            if (!rowViolations.hasViolation("hostname") && taken.contains(hostnames.get(row))) {
                rowViolations.reject("hostname", "raid.server.duplicateHostname", hostnames.get(row));
            }
            if (server.countryCode() != null && this.jurisdictions.country(server.countryCode()).isEmpty()) {
                rowViolations.reject("countryCode", "raid.server.country.unknown");
            }
            LocalDate seizedOn = server.seizedOn() != null ? server.seizedOn() : details.raidDate();
            if (seizedOn.isBefore(enforcementCase.openedOn())) {
                rowViolations.reject("seizedOn", "server.seizedOn.beforeCaseOpened",
                        enforcementCase.openedOn().toString());
            }
        }
        violations.throwIfAny();
        // unless the command says since when, the statuses hold as of the raid's day, or today for a raid still ahead
        LocalDate statusSince = command.statusSince() != null ? command.statusSince()
                : earliest(details.raidDate(), LocalDate.now(this.clock));
        Raid raid = new Raid(caseId, jurisdiction, command.status(), details.raidDate(), details.localTime(),
                ZoneId.of(details.timeZone()), details.legalBasis(), statusSince, this.currentUser.name(),
                this.clock.instant());
        describe(raid, details, agencies);
        this.raids.save(raid);
        ServerStatus initialStatus = command.status() == RaidStatus.COMPLETED
                || command.status() == RaidStatus.UNDER_WAY ? ServerStatus.SEIZED : ServerStatus.IDENTIFIED;
        List<SeizedServer> saved = new ArrayList<>();
        try {
            for (int row = 0; row < hostnames.size(); row++) {
                RecordServer seized = command.servers().get(row);
                Jurisdiction country = this.entityManager.getReference(Jurisdiction.class,
                        seized.countryCode() != null ? seized.countryCode().toUpperCase(Locale.ROOT)
                                : jurisdiction.getCountryCode());
                SeizedServer server = new SeizedServer(caseId, country, hostnames.get(row),
                        IpAddresses.split(seized.ipAddresses()), seized.role(), initialStatus,
                        seized.seizedOn() != null ? earliest(seized.seizedOn(), statusSince) : statusSince,
                        this.currentUser.name(), this.clock.instant());
                server.describeHosting(seized.hostingProvider(), null);
                server.recordEvidence(seized.seizedOn(), null, null);
                raid.addServer(server);
                saved.add(this.servers.save(server));
            }
            this.servers.flush();
        }
        catch (DataIntegrityViolationException ex) {
            if (String.valueOf(ex.getMessage()).contains(UNIQUE_HOSTNAME)) {
                // another user saved a server with one of these host names a moment ago
                throw RuleViolations.ofForm("raid.server.savedMeanwhile");
            }
            throw ex;
        }
        return new LoggedRaid(raid.getId(), saved.stream().map(SeizedServer::getId).toList());
    }

    /**
     * Saves the edited raid fields, unless someone else saved the raid since the form was opened.
     * @throws RuleViolations when the place, an agency or the zone is unknown or the day before the case was opened
     */
    @Transactional
    void update(Long id, UpdateRaid command) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        RaidDetails details = command.raid();
        RuleViolations.Collector violations = RuleViolations.collect();
        Jurisdiction jurisdiction = jurisdiction(details.jurisdictionCode(), violations);
        Agencies agencies = agencies(details, violations);
        Raid.checkTimeZone(details.timeZone(), violations);
        checkRaidDate(details, this.cases.ref(raid.getCaseId()), violations);
        violations.throwIfAny();
        raid.reschedule(jurisdiction, details.raidDate(), details.localTime(), ZoneId.of(details.timeZone()));
        describe(raid, details, agencies);
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
