package org.takedown.raids;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.shared.ChangeStatus;
import org.takedown.shared.RuleViolations;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Logging a raid through the service as of the day it was planned, and moving it and its servers on (the demo data
 * does; the raid form logs as of the raid's day).
 */
@IntegrationTest
@Transactional
class LogRaidTests {

    static final LocalDate OPENED_ON = LocalDate.of(2020, 1, 6);

    static final LocalDate PLANNED_ON = LocalDate.of(2020, 7, 20);

    static final LocalDate RAID_DAY = LocalDate.of(2020, 8, 25);

    @Autowired
    RaidService raids;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRaidLoggedAsOfTheDayItWasPlannedHasItsAndItsServersFirstStatusAsOfThatDay() {
        CaseRef enforcementCase = this.fixtures.enforcementCase(OPENED_ON);
        String first = RaidFixtures.unique("first") + ".example";
        String second = RaidFixtures.unique("second") + ".example";

        LoggedRaid logged = this.raids.log(enforcementCase.id(), new LogRaid(details(enforcementCase),
                RaidStatus.PLANNED, List.of(server(first), server(second)), PLANNED_ON));

        assertThat(this.jdbc.sql("select effective_on || ' ' || to_status from raid_status_change where raid_id = ?")
            .param(logged.id())
            .query(String.class)
            .list()).containsExactly("2020-07-20 PLANNED");
        assertThat(logged.serverIds()).hasSize(2);
        assertThat(logged.serverIds().stream()
            .map((id) -> this.jdbc.sql("""
                    select s.hostname || ' ' || c.effective_on || ' ' || c.to_status
                    from seized_server s join server_status_change c on c.server_id = s.id where s.id = ?""")
                .param(id)
                .query(String.class)
                .single())).containsExactly(first + " 2020-07-20 IDENTIFIED", second + " 2020-07-20 IDENTIFIED");

        long version = this.raids.changeStatus(logged.id(),
                new ChangeStatus<>(RaidStatus.COMPLETED, RAID_DAY, "Searched", 0));
        assertThat(version).isEqualTo(1);
        long serverVersion = this.raids.changeServerStatus(logged.serverIds().get(0),
                new ChangeStatus<>(ServerStatus.SEIZED, RAID_DAY, "Seized", 0));
        this.raids.changeServerStatus(logged.serverIds().get(0),
                new ChangeStatus<>(ServerStatus.IMAGED, RAID_DAY.plusDays(1), "Imaged", serverVersion));
        assertThat(this.jdbc.sql("select status from seized_server where id = ?")
            .param(logged.serverIds().get(0))
            .query(String.class)
            .single()).isEqualTo("IMAGED");
    }

    @Test
    void aFirstStatusCannotHoldAsOfADayInTheFutureOrBeforeTheCaseWasOpened() {
        CaseRef enforcementCase = this.fixtures.enforcementCase(OPENED_ON);

        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.raids.log(enforcementCase.id(), new LogRaid(details(enforcementCase),
                    RaidStatus.PLANNED, List.of(), LocalDate.of(2999, 1, 1))))
            .satisfies((violations) -> assertThat(codes(violations))
                .containsExactly("statusSince=status.effectiveOn.future"));
        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.raids.log(enforcementCase.id(), new LogRaid(details(enforcementCase),
                    RaidStatus.PLANNED, List.of(), OPENED_ON.minusDays(1))))
            .satisfies((violations) -> assertThat(codes(violations))
                .containsExactly("statusSince=raid.statusSince.beforeCaseOpened"));
    }

    @Test
    void aRaidLoggedAsCompletedCannotBeSoBeforeItsDay() {
        CaseRef enforcementCase = this.fixtures.enforcementCase(OPENED_ON);

        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.raids.log(enforcementCase.id(),
                    new LogRaid(details(enforcementCase), RaidStatus.COMPLETED, List.of(), PLANNED_ON)))
            .satisfies((violations) -> assertThat(codes(violations))
                .containsExactly("statusSince=raid.status.effectiveOn.beforeRaidDate"));
    }

    private RaidDetails details(CaseRef enforcementCase) {
        return new RaidDetails("LV", RAID_DAY, LocalTime.of(6, 0), "Europe/Riga",
                this.fixtures.leadAgencyOf(enforcementCase).getId(),
                List.of(), LegalBasis.MLAT, null, null, 0);
    }

    private static RecordServer server(String hostname) {
        return new RecordServer(hostname, "192.0.2.7", null, ServerRole.STORAGE, null, RAID_DAY);
    }

    private static List<String> codes(RuleViolations violations) {
        return violations.violations().stream().map((violation) -> violation.field() + "=" + violation.code()).toList();
    }

}
