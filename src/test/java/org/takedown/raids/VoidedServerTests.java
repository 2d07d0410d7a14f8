package org.takedown.raids;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.raids.RaidFormTests.errorOf;
import static org.takedown.raids.RaidFormTests.html;

/**
 * A server removed from its raid is voided, never deleted: it leaves the raid page, the server list and its export,
 * the case page, the raid counts, the counters (countries, statuses), the search, the dashboard and the published view,
 * and keeps its own page, where it can no longer be changed (its history: {@link VoidedServerHistoryTests}).
 */
@IntegrationTest
@Transactional
class VoidedServerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    EntityManager entityManager;

    CaseRef testCase;

    Raid raid;

    String voided;

    String kept;

    long voidedId;

    long countryServersBefore;

    long seizedInLatviaBefore;

    @BeforeEach
    void voidOneOfTwoServers() {
        this.testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.raid = this.fixtures.raid(this.testCase, "LV", LocalDate.of(2020, 2, 1));
        this.voided = RaidFixtures.unique("voided").toLowerCase() + ".void.example";
        this.kept = RaidFixtures.unique("kept").toLowerCase() + ".void.example";
        this.voidedId = this.fixtures.server(this.raid, this.voided).getId();
        this.fixtures.server(this.raid, this.kept);
        this.fixtures.flushAndClear();
        this.countryServersBefore = countryServers();
        this.seizedInLatviaBefore = seizedInLatvia();

        Document form = html(this.mvc.get().uri("/raids/{id}/edit", this.raid.getId()).exchange());
        Map<String, String> values = RaidServerRowsTests.values(form);
        int row = values.get("servers[0].hostname").equals(this.voided) ? 0 : 1;
        values.put("servers[" + row + "].remove", "true");
        values.put("servers[" + row + "].removalReason", "Seized by mistake: the provider's own front");
        MockMvcRequestBuilder request = this.mvc.post().uri("/raids/{id}", this.raid.getId());
        values.forEach((name, value) -> request.param(name, value));
        assertThat(request).hasStatus3xxRedirection();
        this.entityManager.flush();
        this.entityManager.clear();
    }

    @Test
    void theRowStaysWithWhoVoidedItWhenAndWhy() {
        assertThat(this.jdbc.sql("""
                select hostname || ' ' || raid_id || ' ' || voided_by || ' ' || void_reason || ' ' || (voided_at is not null)
                from seized_server where id = ?""").param(this.voidedId).query(String.class).single())
            .isEqualTo(this.voided + " " + this.raid.getId() + " admin Seized by mistake: the provider's own front true");
    }

    @Test
    void theCountersCountItNoLonger() {
        assertThat(countryServers()).isEqualTo(this.countryServersBefore - 1);
        assertThat(seizedInLatvia()).isEqualTo(this.seizedInLatviaBefore - 1);
        // and they still equal a recount of the servers that count
        assertThat(countryServers()).isEqualTo(this.jdbc.sql("""
                select count(*) from seized_server s join jurisdiction j on j.code = s.country_code
                where j.country_code = 'LV' and s.voided_at is null""").query(Long.class).single());
        assertThat(seizedInLatvia()).isEqualTo(this.jdbc.sql("""
                select count(*) from seized_server where country_code = 'LV' and status = 'SEIZED'
                and voided_at is null""").query(Long.class).single());
    }

    @Test
    void thePublishedViewLeavesItOut() {
        assertThat(this.jdbc.sql("select hostname from raids_server where case_id = ?").param(this.testCase.id())
            .query(String.class).list()).containsExactly(this.kept);
    }

    @Test
    void theRaidPageTheServerListAndItsExportLeaveItOut() throws Exception {
        assertThat(page("/raids/" + this.raid.getId())).contains(this.kept).doesNotContain(this.voided);
        assertThat(page("/servers?case=" + this.testCase.id())).contains(this.kept).doesNotContain(this.voided);
        assertThat(page("/servers/export.csv?case=" + this.testCase.id())).contains(this.kept)
            .doesNotContain(this.voided);
    }

    @Test
    void theRaidAndCaseCountsLeaveItOut() throws Exception {
        // the raid list and its export count one server
        String raids = page("/raids/export.csv?case=" + this.testCase.id());
        assertThat(raids.lines().skip(1).findFirst().orElseThrow()).contains("," + "1" + "," + this.testCase.reference());
        Document casePage = Jsoup(page("/cases/" + this.testCase.id()));
        assertThat(casePage.select("#servers-heading").text()).contains("(1)");
        assertThat(casePage.text()).doesNotContain(this.voided);
        // the case list: no defendant, one raid, one server
        String cases = page("/cases/export.csv?q=" + this.testCase.reference());
        assertThat(cases.lines().filter((line) -> line.contains(this.testCase.reference())).findFirst().orElseThrow())
            .endsWith(",0,1,1");
        assertThat(this.jdbc.sql("select count(*) from raids_server where raid_id = ?").param(this.raid.getId())
            .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theSearchAndTheDashboardLeaveItOut() throws Exception {
        assertThat(page("/search?q=" + this.voided)).doesNotContain(this.voided + "<");
        assertThat(page("/search?q=" + this.kept)).contains(this.kept);
        assertThat(this.mvc.get().uri("/dashboard/data?case={id}", this.testCase.id())).bodyJson()
            .extractingPath("$.figures.servers.count")
            .isEqualTo(1);
    }

    @Test
    void itsPageSaysSoAndItCanNoLongerChange() throws Exception {
        Document page = Jsoup(page("/servers/" + this.voidedId));
        assertThat(page.select("#server-voided").text()).contains("voided", "admin",
                "Seized by mistake: the provider's own front");
        assertThat(page.select("#edit-server")).isEmpty();
        assertThat(page.select("#status-form")).isEmpty();

        String version = this.jdbc.sql("select version::text from seized_server where id = ?").param(this.voidedId)
            .query(String.class).single();
        MvcTestResult edit = this.mvc.post().uri("/servers/{id}", this.voidedId)
            .param("hostname", "renamed.void.example")
            .param("role", "STORAGE")
            .param("version", version)
            .exchange();
        assertThat(edit).hasStatusOk().hasViewName("servers/form");
        assertThat(html(edit).select(".alert-danger").text()).contains("This server was voided");
        MvcTestResult status = this.mvc.post().uri("/servers/{id}/status", this.voidedId)
            .param("status", "IMAGED")
            .param("effectiveOn", "2020-02-02")
            .param("reason", "Imaged at the lab")
            .param("version", version)
            .exchange();
        // the page comes back without its status form, saying why
        assertThat(status).hasStatusOk().hasViewName("servers/show");
        assertThat(html(status).select("#server-voided").text()).contains("This server was voided");
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select hostname || ' ' || status from seized_server where id = ?")
            .param(this.voidedId).query(String.class).single()).isEqualTo(this.voided + " SEIZED");
        assertThat(errorOf(html(edit), "hostname")).isEmpty();
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private static Document Jsoup(String html) {
        return org.jsoup.Jsoup.parse(html);
    }

    private long countryServers() {
        return this.jdbc.sql("select servers from country_activity where country_code = 'LV'").query(Long.class)
            .single();
    }

    private long seizedInLatvia() {
        return this.jdbc.sql("select coalesce(sum(servers), 0) from server_status_activity where country_code = 'LV' and status = 'SEIZED'")
            .query(Long.class)
            .single();
    }

}
