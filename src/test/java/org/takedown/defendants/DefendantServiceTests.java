package org.takedown.defendants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.RuleViolations;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Recording a defendant and placing them in a case, through the service (the demo data does; no page does yet). */
@IntegrationTest
@Transactional
class DefendantServiceTests {

    static final LocalDate OPENED_ON = LocalDate.of(2020, 6, 1);

    @Autowired
    DefendantService defendants;

    @Autowired
    JdbcClient jdbc;

    DefendantFixtures fixtures;

    long caseId;

    @BeforeEach
    void setUp() {
        this.fixtures = new DefendantFixtures(this.jdbc);
        this.caseId = this.fixtures.newCase("Linking", OPENED_ON);
    }

    @Test
    void addRecordsWhoTheDefendantIsTheirArrestAndTheFirstEntryOfTheirHistory() {
        String name = "New " + DefendantFixtures.uniqueTag();
        Long id = this.defendants.add(new NewDefendant(name, "gb", LocalDate.of(1980, 5, 4), "US-KS",
                LocalDate.of(2020, 8, 25), "Kansas", LegalStatus.ARRESTED, LocalDate.of(2020, 8, 25)));

        Map<String, Object> row = this.jdbc.sql("""
                select full_name, nationality_code, date_of_birth::text as born, custody_jurisdiction_code,
                       arrested_on::text as arrested_on, arrest_place, legal_status, version
                from defendant where id = ?""").param(id).query().singleRow();
        assertThat(row).containsEntry("full_name", name)
            .containsEntry("nationality_code", "GB")
            .containsEntry("born", "1980-05-04")
            .containsEntry("custody_jurisdiction_code", "US-KS")
            .containsEntry("arrested_on", "2020-08-25")
            .containsEntry("arrest_place", "Kansas")
            .containsEntry("legal_status", "ARRESTED")
            .containsEntry("version", 0L);
        assertThat(this.jdbc.sql("""
                select effective_on || ' ' || coalesce(from_status, 'null') || '>' || to_status || ' ' || recorded_by
                from defendant_status_change where defendant_id = ?""").param(id).query(String.class).list())
            .containsExactly("2020-08-25 null>ARRESTED system");
        assertThat(this.jdbc.sql("select count(*) from case_defendant where defendant_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void addRefusesAnUnknownNationalityOrCustodyABirthAfterTheArrestAndAStatusAsOfTheFuture() {
        NewDefendant command = new NewDefendant("Nobody", "XX", LocalDate.of(2020, 9, 1), "ZZ-99",
                LocalDate.of(2020, 8, 25), null, LegalStatus.WANTED, LocalDate.of(2999, 1, 1));

        assertThatExceptionOfType(RuleViolations.class).isThrownBy(() -> this.defendants.add(command))
            .satisfies((violations) -> assertThat(codes(violations)).containsExactly(
                    "nationality=defendant.nationality.unknown", "custodyJurisdiction=defendant.jurisdiction.unknown",
                    "dateOfBirth=defendant.dateOfBirth.notBeforeArrest", "statusSince=status.effectiveOn.future"));
    }

    @Test
    void linkToCasePlacesTheDefendantInTheCaseInARoleSinceADay() {
        long defendant = this.fixtures.defendant("Linked " + DefendantFixtures.uniqueTag(), "WANTED", null, null);

        this.defendants.linkToCase(defendant, new LinkToCase(this.caseId, CaseRole.SUSPECT, LocalDate.of(2020, 7, 1)));

        assertThat(this.jdbc.sql("select role || ' ' || since from case_defendant where defendant_id = ? and case_id = ?")
            .params(defendant, this.caseId)
            .query(String.class)
            .list()).containsExactly("SUSPECT 2020-07-01");
    }

    @Test
    void linkToCaseRefusesAnUnknownCase() {
        long defendant = this.fixtures.defendant("Unlinked " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        long unknown = this.jdbc.sql("select coalesce(max(id), 0) + 1000 from enforcement_case")
            .query(Long.class)
            .single();

        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.defendants.linkToCase(defendant,
                    new LinkToCase(unknown, CaseRole.DEFENDANT, LocalDate.of(2020, 7, 1))))
            .satisfies((violations) -> assertThat(codes(violations)).containsExactly("caseId=defendant.case.unknown"));
    }

    @Test
    void linkToCaseRefusesASecondRoleInTheSameCaseAndADayBeforeTheCaseWasOpenedOrInTheFuture() {
        long defendant = this.fixtures.defendant("Twice " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        this.fixtures.addToCase(defendant, this.caseId);

        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.defendants.linkToCase(defendant,
                    new LinkToCase(this.caseId, CaseRole.WITNESS, OPENED_ON.minusDays(1))))
            .satisfies((violations) -> {
                assertThat(codes(violations)).containsExactly("caseId=defendant.case.alreadyLinked",
                        "since=defendant.case.sinceBeforeOpened");
                assertThat(violations.violations().get(1).arguments()).containsExactly("2020-06-01");
            });
        long other = this.fixtures.defendant("Future " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.defendants.linkToCase(other,
                    new LinkToCase(this.caseId, CaseRole.WITNESS, LocalDate.of(2999, 1, 1))))
            .satisfies((violations) -> assertThat(codes(violations)).containsExactly(
                    "since=defendant.case.sinceInFuture"));
    }

    @Test
    void changeLegalStatusReturnsTheVersionTheNextMoveNames() {
        Long id = this.defendants.add(new NewDefendant("Moved " + DefendantFixtures.uniqueTag(), null, null, null,
                null, null, LegalStatus.WANTED, LocalDate.of(2020, 7, 1)));

        long version = this.defendants.changeLegalStatus(id, new ChangeStatus<>(LegalStatus.ARRESTED,
                LocalDate.of(2020, 8, 1), "Arrested", 0));
        this.defendants.changeLegalStatus(id, new ChangeStatus<>(LegalStatus.CHARGED, LocalDate.of(2020, 9, 1),
                "Charged", version));

        assertThat(this.jdbc.sql("select legal_status from defendant where id = ?").param(id).query(String.class)
            .single()).isEqualTo("CHARGED");
    }

    static List<String> codes(RuleViolations violations) {
        return violations.violations().stream().map((violation) -> violation.field() + "=" + violation.code()).toList();
    }

}
