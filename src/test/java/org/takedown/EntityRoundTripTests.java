package org.takedown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseStatus;
import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.AliasConfidence;
import org.takedown.defendants.CaseRole;
import org.takedown.defendants.ChargeDisposition;
import org.takedown.defendants.Defendant;
import org.takedown.defendants.ExtraditionStatus;
import org.takedown.defendants.LegalStatus;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.jurisdictions.JurisdictionKind;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.Raid;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.SeizedServer;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entity written, flushed, evicted and read back from PostgreSQL has the values it was given. */
@IntegrationTest
@Transactional
class EntityRoundTripTests {

    static final Instant AT = Instant.parse("2024-03-01T09:30:00Z");

    @Autowired
    EntityManager entityManager;

    @Test
    void jurisdictionReadsWithItsParent() {
        Jurisdiction sdny = this.entityManager.find(Jurisdiction.class, "US-NYSD");
        assertThat(sdny.getName()).isEqualTo("Southern District of New York");
        assertThat(sdny.getKind()).isEqualTo(JurisdictionKind.FEDERAL_DISTRICT);
        assertThat(sdny.getCountryCode()).isEqualTo("US");
        assertThat(sdny.getParent().getCode()).isEqualTo("US-NY");
        assertThat(sdny.getParent().getParent().isCountry()).isTrue();
    }

    @Test
    void agencyRoundTrips() {
        Agency agency = persist(new Agency("State Police", "VP", AgencyKind.POLICE, country("LV")));
        Agency read = reread(Agency.class, agency.getId());
        assertThat(read.getName()).isEqualTo("State Police");
        assertThat(read.getAcronym()).isEqualTo("VP");
        assertThat(read.getKind()).isEqualTo(AgencyKind.POLICE);
        assertThat(read.getJurisdiction().getCode()).isEqualTo("LV");
    }

    @Test
    void caseRoundTripsWithItsStatusHistory() {
        EnforcementCase enforcementCase = newCase("TKD-2024-0042");
        enforcementCase.describe("Operation Test", "A summary", "How they worked");
        enforcementCase.changeStatus(CaseStatus.CLOSED, LocalDate.of(2024, 2, 20), "tester", "Done", AT.plusSeconds(60));
        this.entityManager.flush();

        EnforcementCase read = reread(EnforcementCase.class, enforcementCase.getId());
        assertThat(read.getReference()).isEqualTo("TKD-2024-0042");
        assertThat(read.getTitle()).isEqualTo("Operation Test");
        assertThat(read.getSummary()).isEqualTo("A summary");
        assertThat(read.getModusOperandi()).isEqualTo("How they worked");
        assertThat(read.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(read.getOpenedOn()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(read.getClosedOn()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(read.getLeadAgency().getName()).isEqualTo("Test Police");
        assertThat(read.getCreatedAt()).isNotNull();
        assertThat(read.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn", "recordedBy", "reason")
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(null, CaseStatus.INVESTIGATION, LocalDate.of(2024, 1, 2),
                            "tester", null),
                    org.assertj.core.groups.Tuple.tuple(CaseStatus.INVESTIGATION, CaseStatus.CLOSED,
                            LocalDate.of(2024, 2, 20), "tester", "Done"));
        assertThat(read.getStatusChanges().get(1).getRecordedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void defendantRoundTripsWithAliasesChargesExtraditionAndHistory() {
        EnforcementCase enforcementCase = newCase("TKD-2024-0043");
        Defendant defendant = new Defendant("Jane Roe", country("LV"), LocalDate.of(1990, 5, 17),
                LegalStatus.WANTED, LocalDate.of(2024, 1, 15), "tester", AT);
        defendant.addToCase(enforcementCase.getId(), CaseRole.SUSPECT, LocalDate.of(2024, 1, 20));
        defendant.addAlias("Ghost", "Informant", AliasConfidence.MEDIUM);
        defendant.recordArrest(LocalDate.of(2024, 2, 1), "Riga", country("LV"));
        defendant.changeLegalStatus(LegalStatus.ARRESTED, LocalDate.of(2024, 2, 1), "tester", "Arrested in Riga",
                AT.plusSeconds(5));
        defendant.charge(enforcementCase.getId(), "17 U.S.C. § 506", "Criminal copyright infringement", 3,
                LocalDate.of(2024, 2, 2))
            .update("17 U.S.C. § 506", "Criminal copyright infringement", 4, LocalDate.of(2024, 2, 2),
                    ChargeDisposition.GUILTY_PLEA);
        var extradition = defendant.requestExtradition(enforcementCase.getId(), country("US"), country("LV"),
                "Bilateral treaty", LocalDate.of(2024, 2, 3), "tester", AT);
        extradition.changeStatus(ExtraditionStatus.HEARING, LocalDate.of(2024, 2, 20), "tester", "Hearing set",
                AT.plusSeconds(6));
        extradition.record(LocalDate.of(2024, 3, 3), null, null, "Hearing set");
        persist(defendant);

        Defendant read = reread(Defendant.class, defendant.getId());
        assertThat(read.getFullName()).isEqualTo("Jane Roe");
        assertThat(read.getNationality().getCode()).isEqualTo("LV");
        assertThat(read.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(read.getLegalStatus()).isEqualTo(LegalStatus.ARRESTED);
        assertThat(read.getArrestedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(read.getArrestPlace()).isEqualTo("Riga");
        assertThat(read.getCustodyJurisdiction().getCode()).isEqualTo("LV");
        assertThat(read.getCaseLinks()).singleElement().satisfies((link) -> {
            assertThat(link.getCaseId()).isEqualTo(enforcementCase.getId());
            assertThat(link.getRole()).isEqualTo(CaseRole.SUSPECT);
            assertThat(link.getSince()).isEqualTo(LocalDate.of(2024, 1, 20));
        });
        assertThat(read.getAliases()).singleElement().satisfies((alias) -> {
            assertThat(alias.getAlias()).isEqualTo("Ghost");
            assertThat(alias.getSource()).isEqualTo("Informant");
            assertThat(alias.getConfidence()).isEqualTo(AliasConfidence.MEDIUM);
        });
        assertThat(read.getCharges()).singleElement().satisfies((charge) -> {
            assertThat(charge.getStatute()).isEqualTo("17 U.S.C. § 506");
            assertThat(charge.getCounts()).isEqualTo(4);
            assertThat(charge.getFiledOn()).isEqualTo(LocalDate.of(2024, 2, 2));
            assertThat(charge.getDisposition()).isEqualTo(ChargeDisposition.GUILTY_PLEA);
            assertThat(charge.getCaseId()).isEqualTo(enforcementCase.getId());
        });
        assertThat(read.getExtraditionRequests()).singleElement().satisfies((request) -> {
            assertThat(request.getRequestingJurisdiction().getCode()).isEqualTo("US");
            assertThat(request.getRequestedJurisdiction().getCode()).isEqualTo("LV");
            assertThat(request.getLegalBasis()).isEqualTo("Bilateral treaty");
            assertThat(request.getStatus()).isEqualTo(ExtraditionStatus.HEARING);
            assertThat(request.getRequestedOn()).isEqualTo(LocalDate.of(2024, 2, 3));
            assertThat(request.getHearingOn()).isEqualTo(LocalDate.of(2024, 3, 3));
            assertThat(request.getNote()).isEqualTo("Hearing set");
            assertThat(request.getCaseId()).isEqualTo(enforcementCase.getId());
            assertThat(request.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn", "reason")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ExtraditionStatus.REQUESTED,
                                LocalDate.of(2024, 2, 3), null),
                        org.assertj.core.groups.Tuple.tuple(ExtraditionStatus.REQUESTED, ExtraditionStatus.HEARING,
                                LocalDate.of(2024, 2, 20), "Hearing set"));
        });
        assertThat(read.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn")
            .containsExactly(org.assertj.core.groups.Tuple.tuple(null, LegalStatus.WANTED, LocalDate.of(2024, 1, 15)),
                    org.assertj.core.groups.Tuple.tuple(LegalStatus.WANTED, LegalStatus.ARRESTED,
                            LocalDate.of(2024, 2, 1)));
    }

    @Test
    void raidAndSeizedServerRoundTrip() {
        EnforcementCase enforcementCase = newCase("TKD-2024-0044");
        Agency police = persist(new Agency("State Police (round trip)", null, AgencyKind.POLICE, country("LV")));
        Agency europol = persist(new Agency("Europol (round trip)", "EP", AgencyKind.INTERNATIONAL, country("NL")));
        Raid raid = new Raid(enforcementCase.getId(), country("LV"), RaidStatus.PLANNED, LocalDate.of(2024, 4, 10),
                LocalTime.of(5, 45), ZoneId.of("Europe/Riga"), LegalBasis.EIO, LocalDate.of(2024, 3, 1), "tester", AT);
        raid.assignAgencies(police, Set.of(europol));
        raid.recordLegalReference("EIO 2024/17");
        Instant raidDay = Instant.parse("2024-04-10T12:00:00Z");
        raid.changeStatus(RaidStatus.COMPLETED, LocalDate.of(2024, 4, 10), "tester", "Searched", raidDay);
        raid.recordOutcome("Two servers seized", 1);
        persist(raid);
        SeizedServer server = new SeizedServer(enforcementCase.getId(), country("LV"), "node-1.example",
                List.of("192.0.2.44", "2001:db8::7"), ServerRole.STORAGE, ServerStatus.IDENTIFIED,
                LocalDate.of(2024, 3, 1), "tester", AT);
        server.describeHosting("Baltic Hosting", 64500L);
        raid.addServer(server);
        server.recordEvidence(LocalDate.of(2024, 4, 10), "EV-1", "a".repeat(64));
        server.changeStatus(ServerStatus.SEIZED, LocalDate.of(2024, 4, 10), "tester", "Taken", raidDay.plusSeconds(1));
        persist(server);

        Raid readRaid = reread(Raid.class, raid.getId());
        assertThat(readRaid.getCaseId()).isEqualTo(enforcementCase.getId());
        assertThat(readRaid.getJurisdiction().getCode()).isEqualTo("LV");
        assertThat(readRaid.getStatus()).isEqualTo(RaidStatus.COMPLETED);
        assertThat(readRaid.getRaidDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(readRaid.getLocalTime()).isEqualTo(LocalTime.of(5, 45));
        assertThat(readRaid.getTimeZone()).isEqualTo(ZoneId.of("Europe/Riga"));
        assertThat(readRaid.getLegalBasis()).isEqualTo(LegalBasis.EIO);
        assertThat(readRaid.getLegalReference()).isEqualTo("EIO 2024/17");
        assertThat(readRaid.getOutcome()).isEqualTo("Two servers seized");
        assertThat(readRaid.getArrestsMade()).isEqualTo(1);
        assertThat(readRaid.getLeadAgency().getName()).isEqualTo("State Police (round trip)");
        assertThat(readRaid.getParticipatingAgencies()).extracting(Agency::getAcronym).containsExactly("EP");
        assertThat(readRaid.getServers()).extracting(SeizedServer::getHostname).containsExactly("node-1.example");
        assertThat(readRaid.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn", "recordedAt")
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(null, RaidStatus.PLANNED, LocalDate.of(2024, 3, 1), AT),
                    org.assertj.core.groups.Tuple.tuple(RaidStatus.PLANNED, RaidStatus.COMPLETED,
                            LocalDate.of(2024, 4, 10), raidDay));

        SeizedServer read = reread(SeizedServer.class, server.getId());
        assertThat(read.getCaseId()).isEqualTo(enforcementCase.getId());
        assertThat(read.getIpAddresses()).containsExactly("192.0.2.44", "2001:db8::7");
        assertThat(read.getCountry().getCode()).isEqualTo("LV");
        assertThat(read.getRaid().getId()).isEqualTo(raid.getId());
        assertThat(read.getHostingProvider()).isEqualTo("Baltic Hosting");
        assertThat(read.getAsn()).isEqualTo(64500L);
        assertThat(read.getRole()).isEqualTo(ServerRole.STORAGE);
        assertThat(read.getStatus()).isEqualTo(ServerStatus.SEIZED);
        assertThat(read.getSeizedOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(read.getEvidenceReference()).isEqualTo("EV-1");
        assertThat(read.getDiskImageSha256()).isEqualTo("a".repeat(64));
        assertThat(read.getStatusChanges()).extracting("toStatus")
            .containsExactly(ServerStatus.IDENTIFIED, ServerStatus.SEIZED);
        assertThat(read.getStatusChanges().get(1).getRecordedAt()).isEqualTo(raidDay.plusSeconds(1));
        assertThat(read.getStatusChanges().get(1).getEffectiveOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(read.getUpdatedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                ChronoUnit.MINUTES));
    }

    private EnforcementCase newCase(String reference) {
        Agency lead = persist(new Agency("Test Police", null, AgencyKind.POLICE, country("LV")));
        return persist(new EnforcementCase(reference, "Operation Test", "A summary", lead, LocalDate.of(2024, 1, 2),
                "tester", AT));
    }

    private Jurisdiction country(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

    private <T> T persist(T entity) {
        this.entityManager.persist(entity);
        return entity;
    }

    private <T> T reread(Class<T> type, Object id) {
        this.entityManager.flush();
        this.entityManager.clear();
        return this.entityManager.find(type, id);
    }

}
