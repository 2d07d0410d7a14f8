package org.takedown.defendants;

import java.time.Instant;
import java.time.LocalDate;

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

/** A defendant and what hangs off them, written, flushed, evicted and read back, have the values they were given. */
@IntegrationTest
@Transactional
class DefendantRoundTripTests {

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
    void defendantRoundTripsWithAliasesChargesExtraditionAndHistory() {
        Agency lead = this.roundTrip
            .persist(new Agency("Test Police", null, AgencyKind.POLICE, this.roundTrip.country("LV")));
        CaseRef enforcementCase = this.cases.open("TKD-2024-0043", "Operation Test", "A summary", lead.getId(),
                LocalDate.of(2024, 1, 2), "tester");
        Defendant defendant = new Defendant("Jane Roe", country("LV"), LocalDate.of(1990, 5, 17),
                LegalStatus.WANTED, LocalDate.of(2024, 1, 15), "tester", AT);
        defendant.addToCase(enforcementCase.id(), CaseRole.SUSPECT, LocalDate.of(2024, 1, 20));
        defendant.addAlias("Ghost", "Informant", AliasConfidence.MEDIUM);
        defendant.recordArrest(LocalDate.of(2024, 2, 1), "Riga", country("LV"));
        defendant.changeLegalStatus(LegalStatus.ARRESTED, LocalDate.of(2024, 2, 1), "tester", "Arrested in Riga",
                AT.plusSeconds(5));
        defendant.charge(enforcementCase.id(), "17 U.S.C. § 506", "Criminal copyright infringement", 3,
                LocalDate.of(2024, 2, 2))
            .update("17 U.S.C. § 506", "Criminal copyright infringement", 4, LocalDate.of(2024, 2, 2),
                    ChargeDisposition.GUILTY_PLEA);
        var extradition = defendant.requestExtradition(enforcementCase.id(), country("US"), country("LV"),
                "Bilateral treaty", LocalDate.of(2024, 2, 3), "tester", AT);
        extradition.changeStatus(ExtraditionStatus.HEARING, LocalDate.of(2024, 2, 20), "tester", "Hearing set",
                AT.plusSeconds(6));
        extradition.record(LocalDate.of(2024, 3, 3), null, null, "Hearing set");
        this.roundTrip.persist(defendant);

        Defendant read = this.roundTrip.reread(Defendant.class, defendant.getId());
        assertThat(read.getFullName()).isEqualTo("Jane Roe");
        assertThat(read.getNationality().getCode()).isEqualTo("LV");
        assertThat(read.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(read.getLegalStatus()).isEqualTo(LegalStatus.ARRESTED);
        assertThat(read.getArrestedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(read.getArrestPlace()).isEqualTo("Riga");
        assertThat(read.getCustodyJurisdiction().getCode()).isEqualTo("LV");
        assertThat(read.getCaseLinks()).singleElement().satisfies((link) -> {
            assertThat(link.getCaseId()).isEqualTo(enforcementCase.id());
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
            assertThat(charge.getCaseId()).isEqualTo(enforcementCase.id());
        });
        assertThat(read.getExtraditionRequests()).singleElement().satisfies((request) -> {
            assertThat(request.getRequestingJurisdiction().getCode()).isEqualTo("US");
            assertThat(request.getRequestedJurisdiction().getCode()).isEqualTo("LV");
            assertThat(request.getLegalBasis()).isEqualTo("Bilateral treaty");
            assertThat(request.getStatus()).isEqualTo(ExtraditionStatus.HEARING);
            assertThat(request.getRequestedOn()).isEqualTo(LocalDate.of(2024, 2, 3));
            assertThat(request.getHearingOn()).isEqualTo(LocalDate.of(2024, 3, 3));
            assertThat(request.getNote()).isEqualTo("Hearing set");
            assertThat(request.getCaseId()).isEqualTo(enforcementCase.id());
            assertThat(request.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn", "reason")
                .containsExactly(Tuple.tuple(null, ExtraditionStatus.REQUESTED, LocalDate.of(2024, 2, 3), null),
                        Tuple.tuple(ExtraditionStatus.REQUESTED, ExtraditionStatus.HEARING,
                                LocalDate.of(2024, 2, 20), "Hearing set"));
        });
        assertThat(read.getStatusChanges()).extracting("fromStatus", "toStatus", "effectiveOn")
            .containsExactly(Tuple.tuple(null, LegalStatus.WANTED, LocalDate.of(2024, 1, 15)),
                    Tuple.tuple(LegalStatus.WANTED, LegalStatus.ARRESTED, LocalDate.of(2024, 2, 1)));
    }

    private Jurisdiction country(String code) {
        return this.roundTrip.country(code);
    }

}
