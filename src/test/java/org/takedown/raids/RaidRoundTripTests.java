package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.cases.CaseTestData;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.support.IntegrationTest;
import org.takedown.support.RoundTrip;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A raid and a seized server written, flushed, evicted and read back have the values they were given. */
@IntegrationTest
@Transactional
class RaidRoundTripTests {

    static final Instant AT = Instant.parse("2024-03-01T09:30:00Z");

    @Autowired
    EntityManager entityManager;

    @Autowired
    CaseTestData cases;

    RoundTrip roundTrip;

    @BeforeEach
    void roundTrip() {
        this.roundTrip = new RoundTrip(this.entityManager);
    }

    @Test
    void raidAndSeizedServerRoundTrip() {
        Agency lead = this.roundTrip.persist(new Agency("Test Police", null, AgencyKind.POLICE, country("LV")));
        CaseRef enforcementCase = this.cases.open("TKD-2024-0044", "Operation Test", "A summary", lead.getId(),
                LocalDate.of(2024, 1, 2), "tester");
        Agency police = this.roundTrip
            .persist(new Agency("State Police (round trip)", null, AgencyKind.POLICE, country("LV")));
        Agency europol = this.roundTrip
            .persist(new Agency("Europol (round trip)", "EP", AgencyKind.INTERNATIONAL, country("NL")));
        Raid raid = new Raid(enforcementCase.id(), country("LV"), RaidStatus.PLANNED, LocalDate.of(2024, 4, 10),
                LocalTime.of(5, 45), ZoneId.of("Europe/Riga"), LegalBasis.EIO, LocalDate.of(2024, 3, 1), "tester", AT);
        raid.assignAgencies(police, Set.of(europol));
        raid.authorise(LegalBasis.EIO, "EIO 2024/17");
        Instant raidDay = Instant.parse("2024-04-10T12:00:00Z");
        raid.changeStatus(RaidStatus.COMPLETED, LocalDate.of(2024, 4, 10), "tester", "Searched", raidDay);
        raid.recordOutcome("Two servers seized", 1);
        this.roundTrip.persist(raid);
        SeizedServer server = new SeizedServer(enforcementCase.id(), country("LV"), "node-1.example",
                List.of("192.0.2.44", "2001:db8::7"), ServerRole.STORAGE, ServerStatus.IDENTIFIED,
                LocalDate.of(2024, 3, 1), "tester", AT);
        server.describeHosting("Baltic Hosting", 64500L);
        raid.addServer(server);
        server.recordEvidence(LocalDate.of(2024, 4, 10), "EV-1", "a".repeat(64));
        server.changeStatus(ServerStatus.SEIZED, LocalDate.of(2024, 4, 10), "tester", "Taken", raidDay.plusSeconds(1));
        this.roundTrip.persist(server);

        Raid readRaid = this.roundTrip.reread(Raid.class, raid.getId());
        assertThat(readRaid.getCaseId()).isEqualTo(enforcementCase.id());
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
            .containsExactly(Tuple.tuple(null, RaidStatus.PLANNED, LocalDate.of(2024, 3, 1), AT),
                    Tuple.tuple(RaidStatus.PLANNED, RaidStatus.COMPLETED, LocalDate.of(2024, 4, 10), raidDay));

        SeizedServer read = this.roundTrip.reread(SeizedServer.class, server.getId());
        assertThat(read.getCaseId()).isEqualTo(enforcementCase.id());
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
        assertThat(read.getUpdatedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    private Jurisdiction country(String code) {
        return this.roundTrip.country(code);
    }

}
