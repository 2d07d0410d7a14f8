package org.takedown.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.support.IntegrationTest;
import org.takedown.support.RoundTrip;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A case written, flushed, evicted and read back from PostgreSQL has the values it was given. */
@IntegrationTest
@Transactional
class CaseRoundTripTests {

    static final Instant AT = Instant.parse("2024-03-01T09:30:00Z");

    @Autowired
    EntityManager entityManager;

    RoundTrip roundTrip;

    @BeforeEach
    void roundTrip() {
        this.roundTrip = new RoundTrip(this.entityManager);
    }

    @Test
    void caseRoundTripsWithItsStatusHistory() {
        Agency lead = this.roundTrip
            .persist(new Agency("Test Police", null, AgencyKind.POLICE, this.roundTrip.country("LV")));
        EnforcementCase enforcementCase = this.roundTrip.persist(new EnforcementCase("TKD-2024-0042",
                "Operation Test", "A summary", lead, LocalDate.of(2024, 1, 2), "tester", AT));
        enforcementCase.describe("Operation Test", "A summary", "How they worked");
        enforcementCase.changeStatus(CaseStatus.CLOSED, LocalDate.of(2024, 2, 20), "tester", "Done", AT.plusSeconds(60));
        this.entityManager.flush();

        EnforcementCase read = this.roundTrip.reread(EnforcementCase.class, enforcementCase.getId());
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
            .containsExactly(Tuple.tuple(null, CaseStatus.INVESTIGATION, LocalDate.of(2024, 1, 2), "tester", null),
                    Tuple.tuple(CaseStatus.INVESTIGATION, CaseStatus.CLOSED, LocalDate.of(2024, 2, 20), "tester",
                            "Done"));
        assertThat(read.getStatusChanges().get(1).getRecordedAt()).isEqualTo(AT.plusSeconds(60));
    }

}
