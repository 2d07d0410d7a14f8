package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.Jurisdiction;

import org.springframework.stereotype.Component;

/**
 * Raids and servers for the tests of other modules. The entities are internal to this module, so these methods take
 * and answer ids; they go through the entities, so Envers audits what they do. Each works in the caller's
 * transaction: a test that needs a committed revision runs it in a transaction of its own. What is recorded is
 * recorded now.
 */
@Component
public class RaidTestData {

    private final EntityManager entityManager;

    RaidTestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Logs a raid of the case in {@code status} since {@code statusSince}. */
    public Long raid(Long caseId, String jurisdictionCode, RaidStatus status, LocalDate raidDate, LocalTime localTime,
            ZoneId timeZone, LegalBasis legalBasis, LocalDate statusSince, String recordedBy) {
        Raid raid = new Raid(caseId, jurisdiction(jurisdictionCode), status, raidDate, localTime, timeZone, legalBasis,
                statusSince, recordedBy, Instant.now());
        this.entityManager.persist(raid);
        return raid.getId();
    }

    public void assignAgencies(Long raidId, Long leadAgencyId, Set<Long> participatingAgencyIds) {
        raid(raidId).assignAgencies(agency(leadAgencyId),
                participatingAgencyIds.stream().map(this::agency).collect(Collectors.toSet()));
    }

    public void reschedule(Long raidId, String jurisdictionCode, LocalDate raidDate, LocalTime localTime,
            ZoneId timeZone) {
        raid(raidId).reschedule(jurisdiction(jurisdictionCode), raidDate, localTime, timeZone);
    }

    public void recordOutcome(Long raidId, String outcome, int arrestsMade) {
        raid(raidId).recordOutcome(outcome, arrestsMade);
    }

    public void changeStatus(Long raidId, RaidStatus target, LocalDate effectiveOn, String recordedBy,
            String reason) {
        raid(raidId).changeStatus(target, effectiveOn, recordedBy, reason, Instant.now());
    }

    /** Records a server of the case, in no raid, in {@code status} since {@code statusSince}. */
    public Long server(Long caseId, String countryCode, String hostname, List<String> ipAddresses, ServerRole role,
            ServerStatus status, LocalDate statusSince, String recordedBy) {
        SeizedServer server = new SeizedServer(caseId, jurisdiction(countryCode), hostname, ipAddresses, role, status,
                statusSince, recordedBy, Instant.now());
        this.entityManager.persist(server);
        return server.getId();
    }

    public void describeHosting(Long serverId, String hostingProvider, Long asn) {
        server(serverId).describeHosting(hostingProvider, asn);
    }

    public void changeServerStatus(Long serverId, ServerStatus target, LocalDate effectiveOn, String recordedBy,
            String reason) {
        server(serverId).changeStatus(target, effectiveOn, recordedBy, reason, Instant.now());
    }

    private Raid raid(Long raidId) {
        return this.entityManager.find(Raid.class, raidId);
    }

    private SeizedServer server(Long serverId) {
        return this.entityManager.find(SeizedServer.class, serverId);
    }

    private Agency agency(Long agencyId) {
        return this.entityManager.find(Agency.class, agencyId);
    }

    private Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

}
