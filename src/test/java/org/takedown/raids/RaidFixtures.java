package org.takedown.raids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import org.takedown.cases.EnforcementCase;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;

import org.springframework.stereotype.Component;

/** Builds cases, raids and servers for tests, each with unique names. Call inside a (test) transaction. */
@Component
class RaidFixtures {

    static final Instant AT = Instant.parse("2021-03-01T10:00:00Z");

    /** The day of {@link #AT}: status changes the fixtures' tests make take effect on it. */
    static final LocalDate ON = LocalDate.of(2021, 3, 1);

    private final EntityManager entityManager;

    RaidFixtures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    EnforcementCase enforcementCase(LocalDate openedOn) {
        Agency agency = new Agency(unique("Test police"), null, AgencyKind.POLICE, jurisdiction("LV"));
        this.entityManager.persist(agency);
        String reference = "TKD-2099-" + (100000 + ThreadLocalRandom.current().nextInt(899999));
        EnforcementCase enforcementCase = new EnforcementCase(reference, unique("Test case"), "Summary", agency,
                openedOn, "test", AT);
        this.entityManager.persist(enforcementCase);
        return enforcementCase;
    }

    Raid raid(EnforcementCase enforcementCase, String jurisdictionCode, LocalDate date) {
        return raid(enforcementCase, jurisdictionCode, date, RaidStatus.COMPLETED);
    }

    /** A raid in {@code status} as of its day. */
    Raid raid(EnforcementCase enforcementCase, String jurisdictionCode, LocalDate date, RaidStatus status) {
        Raid raid = new Raid(enforcementCase.getId(), jurisdiction(jurisdictionCode), status, date, LocalTime.of(6, 0),
                ZoneId.of("Europe/Riga"), LegalBasis.MLAT, date, "test", AT);
        raid.assignAgencies(enforcementCase.getLeadAgency(), Set.of(enforcementCase.getLeadAgency()));
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

    void flushAndClear() {
        this.entityManager.flush();
        this.entityManager.clear();
    }

    Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

}
