package org.takedown.raids;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page costs the same number of SQL statements for 5 rows as for 500: no N+1 anywhere. */
@IntegrationTest
@Transactional
class RaidQueryCountTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void raidListCostsTheSameFor5And500Raids() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            for (int i = 0; i < rows; i++) {
                Raid raid = this.fixtures.raid(testCase, i % 2 == 0 ? "LV" : "US-KS", LocalDate.of(2020, 2, 1));
                this.fixtures.server(raid, "r" + i + ".count.example");
            }
            return "/raids?size=50&case=" + testCase.id();
        });
    }

    @Test
    void raidPageCostsTheSameFor5And500Servers() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 2, 1));
            for (int i = 0; i < rows; i++) {
                this.fixtures.server(raid, "s" + i + ".count.example");
            }
            return "/raids/" + raid.getId();
        });
    }

    @Test
    void raidPageCostsTheSameFor5And500ServersHalfOfThemVoided() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 2, 1));
            for (int i = 0; i < rows; i++) {
                SeizedServer server = this.fixtures.server(raid, "v" + i + ".count.example");
                if (i % 2 == 0) {
                    server.voidFor("counted out", "test", RaidFixtures.AT);
                }
            }
            return "/raids/" + raid.getId();
        });
    }

    @Test
    void raidEditFormCostsTheSameFor5And500ServerRows() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 2, 1));
            for (int i = 0; i < rows; i++) {
                this.fixtures.server(raid, "e" + i + ".count.example");
            }
            return "/raids/" + raid.getId() + "/edit";
        });
    }

    @Test
    void serverGridCostsTheSameFor5And500Servers() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = null;
            for (int i = 0; i < rows; i++) {
                if (i % 50 == 0) {
                    raid = this.fixtures.raid(testCase, i % 100 == 0 ? "LV" : "US-KS", LocalDate.of(2020, 2, 1));
                }
                this.fixtures.server(raid, "g" + i + ".count.example");
            }
            return "/servers?size=50&sort=hostname,asc&case=" + testCase.id();
        });
    }

    @Test
    void serverPageCostsTheSameFor5And500HistoryEntries() {
        assertSameCost((rows) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 2, 1));
            SeizedServer server = this.fixtures.server(raid, "h.count.example");
            // round and round the life of a server, as far as its workflow allows
            List<ServerStatus> cycle = List.of(ServerStatus.IMAGED, ServerStatus.RETURNED, ServerStatus.REAPPEARED,
                    ServerStatus.SEIZED);
            for (int i = 0; i < rows; i++) {
                server.changeStatus(cycle.get(i % cycle.size()), RaidFixtures.ON, "test", "step " + i,
                        RaidFixtures.AT);
            }
            return "/servers/" + server.getId();
        });
    }

    /** Builds data of 5 and of 500 rows with {@code setUp} (which returns the page's path) and compares the cost. */
    private void assertSameCost(IntFunction<String> setUp) {
        String small = setUp.apply(5);
        this.fixtures.flushAndClear();
        String large = setUp.apply(500);
        this.fixtures.flushAndClear();
        // warm up caches (the country list) so that both measurements see the same state; the test transaction keeps
        // one persistence context across requests, so clear it before each measured request
        assertThat(this.mvc.get().uri(small)).hasStatusOk();
        this.fixtures.flushAndClear();
        this.counter.reset();
        assertThat(this.mvc.get().uri(small)).hasStatusOk();
        int smallCount = this.counter.count();
        this.fixtures.flushAndClear();
        this.counter.reset();
        assertThat(this.mvc.get().uri(large)).hasStatusOk();
        int largeCount = this.counter.count();
        assertThat(largeCount).as("statements for 500 rows vs 5 rows").isEqualTo(smallCount);
        assertThat(smallCount).isLessThanOrEqualTo(6);
    }

}
