package org.takedown.raids;

import java.time.LocalDate;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.raids.RaidFormTests.html;

/**
 * Voiding a server is a change like any other in its history (Envers writes it when the transaction commits, so this
 * test commits, and removes its raid at the end; its case stays under its unique reference, its audit rows as all do).
 */
@IntegrationTest
class VoidedServerHistoryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theServersHistoryShowsWhoVoidedItAndWhy() {
        String hostname = RaidFixtures.unique("history").toLowerCase() + ".void.example";
        long[] ids = this.transactions.execute((status) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            Raid raid = this.fixtures.raid(testCase, "IS", LocalDate.of(2020, 2, 1));
            SeizedServer server = this.fixtures.server(raid, hostname);
            this.fixtures.flushAndClear();
            return new long[] { raid.getId(), server.getId() };
        });
        long raidId = ids[0];
        long serverId = ids[1];

        Map<String, String> values = RaidServerRowsTests
            .values(html(this.mvc.get().uri("/raids/{id}/edit", raidId).exchange()));
        values.put("servers[0].remove", "true");
        values.put("servers[0].removalReason", "A duplicate of another server");
        MockMvcRequestBuilder request = this.mvc.post().uri("/raids/{id}", raidId);
        values.forEach((name, value) -> request.param(name, value));
        assertThat(request).hasStatus3xxRedirection();

        assertThat(this.jdbc.sql("select count(*) from seized_server_aud where id = ? and void_reason is not null")
            .param(serverId).query(Long.class).single()).isEqualTo(1L);
        Document history = html(this.mvc.get().uri("/servers/{id}/history", serverId).exchange());
        String newest = history.select("#history tbody").get(0).text();
        assertThat(newest).contains("admin", "Voided by", "Reason it was voided", "A duplicate of another server");
        // the server is still there, and still in its raid
        assertThat(this.jdbc.sql("select raid_id from seized_server where id = ?").param(serverId).query(Long.class)
            .single()).isEqualTo(raidId);
        RaidFixtures.removeRaid(this.flyway, raidId);
    }

}
