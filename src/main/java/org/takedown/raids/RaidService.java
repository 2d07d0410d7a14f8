package org.takedown.raids;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.takedown.cases.CaseRef;
import org.takedown.cases.CaseService;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.jurisdictions.JurisdictionNotFoundException;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.CurrentUser;

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

    private final RaidRepository raids;

    private final SeizedServerRepository servers;

    private final RaidQueries queries;

    private final CaseService cases;

    private final EntityManager entityManager;

    private final CurrentUser currentUser;

    private final Clock clock;

    RaidService(RaidRepository raids, SeizedServerRepository servers, RaidQueries queries, CaseService cases,
            EntityManager entityManager, CurrentUser currentUser, Clock clock) {
        this.raids = raids;
        this.servers = servers;
        this.queries = queries;
        this.cases = cases;
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

    Optional<String> usualTimeZone(String jurisdictionCode) {
        return this.raids.findUsualTimeZone(jurisdictionCode);
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

    /** Which of these normalized host names the case already has. */
    Set<String> existingHostnames(Long caseId, Collection<String> hostnames) {
        if (hostnames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(this.servers.findExistingHostnames(caseId, hostnames));
    }

    boolean hostnameTakenByAnother(Long caseId, String hostname, Long serverId) {
        return this.servers.hostnameTakenByAnother(caseId, hostname, serverId);
    }

    /**
     * Logs a raid of the case with the servers seized in it, each with the first entry of its status history, in one
     * transaction: either all of it is saved or nothing. The form has been validated by {@link RaidFormValidator}
     * against the case (which exists: the caller read it).
     */
    @Transactional
    Long create(Long caseId, RaidForm form) {
        Jurisdiction jurisdiction = jurisdiction(form.normalizedJurisdictionCode());
        // the statuses hold as of the raid's day, or as of today for a raid still ahead
        LocalDate statusSince = earliest(form.getRaidDate(), LocalDate.now(this.clock));
        Raid raid = new Raid(caseId, jurisdiction, form.getStatus(), form.getRaidDate(), form.getLocalTime(),
                ZoneId.of(form.getTimeZone().strip()), form.getLegalBasis(), statusSince, this.currentUser.name(),
                this.clock.instant());
        describe(raid, form);
        this.raids.save(raid);
        ServerStatus initialStatus = form.getStatus() == RaidStatus.COMPLETED
                || form.getStatus() == RaidStatus.UNDER_WAY ? ServerStatus.SEIZED : ServerStatus.IDENTIFIED;
        for (RaidForm.ServerRow row : form.getServers()) {
            String countryCode = ServerForm.blankToNull(row.getCountryCode());
            Jurisdiction country = this.entityManager.getReference(Jurisdiction.class,
                    countryCode != null ? countryCode.toUpperCase(Locale.ROOT)
                            : jurisdiction.getCountryCode());
            SeizedServer server = new SeizedServer(caseId, country, row.normalizedHostname(),
                    IpAddresses.split(row.getIpAddresses()), row.getRole(), initialStatus,
                    row.getSeizedOn() != null ? earliest(row.getSeizedOn(), statusSince) : statusSince,
                    this.currentUser.name(), this.clock.instant());
            server.describeHosting(ServerForm.blankToNull(row.getHostingProvider()), null);
            server.recordEvidence(row.getSeizedOn(), null, null);
            raid.addServer(server);
            this.servers.save(server);
        }
        return raid.getId();
    }

    /** Saves the edited raid fields, unless someone else saved the raid since the form was opened. */
    @Transactional
    void update(Long id, RaidForm form) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        raid.reschedule(jurisdiction(form.normalizedJurisdictionCode()), form.getRaidDate(), form.getLocalTime(),
                ZoneId.of(form.getTimeZone().strip()));
        describe(raid, form);
    }

    @Transactional
    void updateServer(Long id, ServerForm form) {
        SeizedServer server = this.servers.findById(id).orElseThrow(() -> new ServerNotFoundException(id));
        if (server.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(SeizedServer.class, id);
        }
        server.identify(ServerForm.normalizeHostname(form.getHostname()), IpAddresses.split(form.getIpAddresses()),
                form.getRole());
        server.describeHosting(ServerForm.blankToNull(form.getHostingProvider()), form.getAsn());
        server.recordEvidence(form.getSeizedOn(), ServerForm.blankToNull(form.getEvidenceReference()),
                ServerForm.blankToNull(form.getDiskImageSha256()));
    }

    /** Moves the raid to another status and records who did it, when and why (or {@link RaidRuleViolations}). */
    @Transactional
    void changeStatus(Long id, ChangeStatus<RaidStatus> command) {
        Raid raid = this.raids.findById(id).orElseThrow(() -> new RaidNotFoundException(id));
        if (raid.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Raid.class, id);
        }
        raid.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(), command.reason(),
                this.clock.instant());
        this.raids.flush();
    }

    /** Moves the server to another status and records who did it, when and why (or {@link RaidRuleViolations}). */
    @Transactional
    void changeServerStatus(Long id, ChangeStatus<ServerStatus> command) {
        SeizedServer server = this.servers.findById(id).orElseThrow(() -> new ServerNotFoundException(id));
        if (server.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(SeizedServer.class, id);
        }
        server.changeStatus(command.status(), command.effectiveOn(), this.currentUser.name(), command.reason(),
                this.clock.instant());
        this.servers.flush();
    }

    private void describe(Raid raid, RaidForm form) {
        Agency lead = form.getLeadAgencyId() != null
                ? this.entityManager.getReference(Agency.class, form.getLeadAgencyId()) : null;
        Set<Agency> participating = new LinkedHashSet<>();
        for (Long agencyId : form.getParticipatingAgencyIds()) {
            if (agencyId != null) {
                participating.add(this.entityManager.getReference(Agency.class, agencyId));
            }
        }
        raid.assignAgencies(lead, participating);
        raid.authorise(form.getLegalBasis(), ServerForm.blankToNull(form.getLegalReference()));
        raid.recordOutcome(ServerForm.blankToNull(form.getOutcome()), form.getArrestsMade());
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private Jurisdiction jurisdiction(String code) {
        Jurisdiction jurisdiction = this.entityManager.find(Jurisdiction.class, code);
        if (jurisdiction == null) {
            throw new JurisdictionNotFoundException(code);
        }
        return jurisdiction;
    }

}
