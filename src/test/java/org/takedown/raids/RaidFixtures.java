package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.takedown.cases.CaseRef;
import org.takedown.cases.CaseTestData;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.support.SchemaOwner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds cases, raids and servers for tests, each with unique names. Call inside a (test) transaction. */
@Component
class RaidFixtures {

    static final Instant AT = Instant.parse("2021-03-01T10:00:00Z");

    /** The day of {@link #AT}: status changes the fixtures' tests make take effect on it. */
    static final LocalDate ON = LocalDate.of(2021, 3, 1);

    private final EntityManager entityManager;

    private final CaseTestData cases;

    RaidFixtures(EntityManager entityManager, CaseTestData cases) {
        this.entityManager = entityManager;
        this.cases = cases;
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    /** A case led by an agency of its own. */
    CaseRef enforcementCase(LocalDate openedOn) {
        Agency agency = new Agency(unique("Test police"), null, AgencyKind.POLICE, jurisdiction("LV"));
        this.entityManager.persist(agency);
        String reference = "TKD-2099-" + (100000 + ThreadLocalRandom.current().nextInt(899999));
        return this.cases.open(reference, unique("Test case"), "Summary", agency.getId(), openedOn, "test");
    }

    Raid raid(CaseRef enforcementCase, String jurisdictionCode, LocalDate date) {
        return raid(enforcementCase, jurisdictionCode, date, RaidStatus.COMPLETED);
    }

    /** A raid in {@code status} as of its day, led by the case's lead agency, which also takes part. */
    Raid raid(CaseRef enforcementCase, String jurisdictionCode, LocalDate date, RaidStatus status) {
        Raid raid = new Raid(enforcementCase.id(), jurisdiction(jurisdictionCode), status, date, LocalTime.of(6, 0),
                ZoneId.of("Europe/Riga"), LegalBasis.MLAT, date, "test", AT);
        Agency lead = leadAgencyOf(enforcementCase);
        raid.assignAgencies(lead, Set.of(lead));
        this.entityManager.persist(raid);
        return raid;
    }

    SeizedServer server(Raid raid, String hostname) {
        SeizedServer server = new SeizedServer(raid.getCaseId(), jurisdiction(
                raid.getJurisdiction().getCountryCode()), hostname, List.of("192.0.2.1"), ServerRole.STORAGE,
                ServerStatus.SEIZED, raid.getRaidDate(), "test", AT);
        server.describeHosting("Test hosting", 64500L);
        raid.addServer(server);
        this.entityManager.persist(server);
        return server;
    }

    /**
     * Removes a committed raid with its servers and their histories (a test's own; audit rows stay), as the schema
     * owner: the application's role may not delete status history.
     */
    static void removeRaid(Flyway flyway, long raidId) {
        JdbcClient jdbc = SchemaOwner.jdbc(flyway);
        jdbc.sql("delete from server_status_change where server_id in (select id from seized_server where raid_id = ?)")
            .param(raidId)
            .update();
        jdbc.sql("delete from seized_server where raid_id = ?").param(raidId).update();
        jdbc.sql("delete from raid_participating_agency where raid_id = ?").param(raidId).update();
        // its status history goes with it (on delete cascade)
        jdbc.sql("delete from raid where id = ?").param(raidId).update();
    }

    void flushAndClear() {
        this.entityManager.flush();
        this.entityManager.clear();
    }

    Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

    /** Read where the cases module publishes its cases to other modules: the view {@code cases_case}. */
    Agency leadAgencyOf(CaseRef enforcementCase) {
        this.entityManager.flush();
        Number id = (Number) this.entityManager
            .createNativeQuery("select lead_agency_id from cases_case where id = :id")
            .setParameter("id", enforcementCase.id())
            .getSingleResult();
        return this.entityManager.find(Agency.class, id.longValue());
    }

}
