package org.takedown.raids;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.ListRequests;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.takedown.raids.RaidFormTests.errorOf;
import static org.takedown.raids.RaidFormTests.html;

/** The raid list with its filters, the raid page and the raid edit form. */
@IntegrationTest
@Transactional
class RaidPagesTests {

    @Autowired
    @Qualifier("mvcConversionService")
    ConversionService conversions;

    @Autowired
    CountryFilter countryFilter;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    EntityManager entityManager;

    @Autowired
    RaidService raids;

    long sparksId;

    @BeforeEach
    void sparksCase() {
        this.sparksId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    @Test
    void listFiltersByCountryIncludingSubNationalJurisdictions() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.fixtures.raid(testCase, "US-KS", LocalDate.of(2020, 9, 1));
        this.fixtures.flushAndClear();

        Document latvia = html(this.mvc.get()
            .uri("/raids?country=LV&from=2020-08-25&to=2020-08-25&case=" + this.sparksId)
            .exchange());
        assertThat(latvia.select("#raids tbody tr")).hasSize(1);
        assertThat(latvia.select("#raids tbody tr").text()).contains("Latvia", "TKD-2020-0001", "2020-08-25",
                "Europe/Riga", "Completed", "3");
        assertThat(latvia.select("#raids .fi-lv")).hasSize(1);
        assertThat(latvia.select("#filter-country option[selected]").val()).isEqualTo("LV");

        Document us = html(this.mvc.get().uri("/raids?country=us&case=" + testCase.id()).exchange());
        assertThat(us.select("#raids tbody tr").text()).contains("Kansas", testCase.reference());
        assertThat(us.select("#raids .fi-us")).hasSize(1);
    }

    @Test
    void listFiltersByCaseDateRangeAndStatus() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 3, 1));
        this.fixtures.raid(testCase, "FR", LocalDate.of(2021, 3, 1));
        this.fixtures.flushAndClear();
        String base = "/raids?case=" + testCase.id();
        assertThat(html(this.mvc.get().uri(base).exchange()).select("#raids tbody tr")).hasSize(2);
        Document in2020 = html(this.mvc.get().uri(base + "&from=2020-01-01&to=2020-12-31").exchange());
        assertThat(in2020.select("#raids tbody tr")).hasSize(1);
        assertThat(in2020.select("#raids tbody tr").text()).contains("Germany");
        assertThat(html(this.mvc.get().uri(base + "&status=PLANNED").exchange()).select("#raids tbody tr")).isEmpty();
        Document oldestFirst = html(this.mvc.get().uri(base + "&sort=date,asc").exchange());
        assertThat(oldestFirst.select("#raids tbody tr").eachText().get(0)).contains("2020-03-01");
        // by the jurisdiction's code, which an index holds (DE before FR)
        Document byCountry = html(this.mvc.get().uri(base + "&sort=country,asc").exchange());
        assertThat(byCountry.select("#raids tbody tr").eachText().get(0)).contains("Germany");
        Document byCountryDesc = html(this.mvc.get().uri(base + "&sort=country,desc").exchange());
        assertThat(byCountryDesc.select("#raids tbody tr").eachText().get(0)).contains("France");
    }

    @Test
    void fromAfterToShowsAMessageNextToTheFilterInsteadOfAnErrorPage() throws Exception {
        MvcTestResult result = this.mvc.get().uri("/raids?from=2021-01-01&to=2020-01-01").exchange();
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#filter-messages").text()).contains("The end of the date range is before its start");
        assertThat(page.select("#filter-to").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#filter-from").val()).isEqualTo("2021-01-01");
        assertThat(page.select("#raids tbody tr")).isNotEmpty();
    }

    @Test
    void unknownCountryAndCaseAreIgnoredWithAMessage() throws Exception {
        Document page = html(this.mvc.get().uri("/raids?country=QQ&case=987654").exchange());
        assertThat(page.select("#filter-messages").text()).contains("There is no country with the code QQ",
                "There is no case with the id 987654");
        assertThat(page.select("#raids tbody tr")).isNotEmpty();
    }

    @Test
    void hostileQueryParametersNeverGiveAnErrorPage() throws Exception {
        for (String query : new String[] { "page=-1", "size=100000", "sort=garbage", "sort=r.id;drop", "status=BOGUS",
                "from=yesterday", "to=2020-02-31", "case=abc", "country=" + "x".repeat(5000) }) {
            MvcTestResult result = this.mvc.get().uri("/raids?" + query).exchange();
            assertThat(result).as(query).hasStatusOk();
        }
        Document page = html(this.mvc.get().uri("/raids?from=yesterday").exchange());
        assertThat(page.select("#filter-messages").text()).contains("Enter a date as YYYY-MM-DD.");
    }

    @Test
    void listPaginatesAndKeepsTheFilters() throws Exception {
        Document page = html(this.mvc.get().uri("/raids?case=" + this.sparksId + "&size=5&sort=country,asc&to=2020-08-25").exchange());
        assertThat(page.select("#raids tbody tr")).hasSize(5);
        assertThat(page.select(".list-position").text()).startsWith("Rows 1–5 of ");
        assertThat(page.select("a[rel=next]").attr("href")).contains("case=" + this.sparksId, "size=5", "after=",
                "sort=country");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsAndTheFilterMessages() throws Exception {
        MvcTestResult result = this.mvc.get().uri("/raids?country=QQ").header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html", "<nav class=\"navbar", "raid-filter");
        Document fragment = html(result);
        assertThat(fragment.select("#results #raids")).hasSize(1);
        assertThat(fragment.select("#filter-messages[hx-swap-oob=true]").text()).contains("QQ");

        Document full = html(this.mvc.get().uri("/raids").exchange());
        assertThat(full.select("form#raid-filter[hx-get=/raids][hx-target=#results][hx-push-url=true]")).hasSize(1);
        assertThat(full.select("form#raid-filter[method=get][data-auto-submit]")).hasSize(1);
        assertThat(full.select("#filter-messages").attr("hx-swap-oob")).isEmpty();
    }

    @Test
    void historyRestoreGetsTheWholePageAndEveryAnswerVariesByHxRequest() throws Exception {
        MvcTestResult restore = this.mvc.get()
            .uri("/raids?country=QQ")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(restore).hasStatusOk().hasViewName("raids/list");
        Document page = html(restore);
        assertThat(page.select("nav.navbar, form#raid-filter")).hasSize(2);
        // on the whole page the filter's messages stand in the form, not out of band
        assertThat(page.select("#filter-messages")).hasSize(1);
        assertThat(page.select("#filter-messages").attr("hx-swap-oob")).isEmpty();
        MvcTestResult fragment = this.mvc.get().uri("/raids?country=QQ").header("HX-Request", "true").exchange();
        MvcTestResult plain = this.mvc.get().uri("/raids?country=QQ").exchange();
        for (MvcTestResult result : new MvcTestResult[] { restore, fragment, plain }) {
            assertThat(result.getResponse().getHeaders("Vary")).containsOnlyOnce("HX-Request");
        }
    }

    @Test
    void theQueryReadsBackFromItsOwnQueryString() {
        RaidListQuery query = new RaidListQuery("LV", this.sparksId, LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 31),
                RaidStatus.COMPLETED, Sort.by("country"));
        assertThat(query.href()).isEqualTo("/raids?country=LV&case=" + this.sparksId
                + "&from=2020-08-01&to=2020-08-31&status=COMPLETED&sort=country%2Casc");
        assertThat(RaidListQuery.bind(ListRequests.get(query.href(), this.conversions), this.countryFilter,
                this.raids)).isEqualTo(query);
        assertThat(RaidListQuery.bind(ListRequests.get("/raids?case=987654&from=June", this.conversions),
                this.countryFilter, this.raids).href()).isEqualTo("/raids");
    }

    @Test
    void raidPageShowsPlaceLocalAndUtcTimeAgenciesAndServers() throws Exception {
        long raidId = sparksRaid("LV");
        Document page = html(this.mvc.get().uri("/raids/" + raidId).exchange());
        assertThat(page.select("h1 .fi-lv")).hasSize(1);
        assertThat(page.select("#raid-jurisdiction").text()).contains("Latvia", "(LV)");
        assertThat(page.select("#raid-when").text()).contains("2020-08-25", "06:00", "Europe/Riga",
                "2020-08-25 03:00 UTC");
        assertThat(page.select("#raid-facts").text()).contains("State Police of Latvia",
                "Homeland Security Investigations", "Mutual legal assistance request", "3 servers taken offline");
        assertThat(page.select("#raid-servers tbody tr")).hasSize(3);
        assertThat(page.select("#raid-servers a").eachAttr("href")).allMatch((href) -> href.matches("/servers/\\d+"));
        assertThat(page.select("#raid-servers").text()).contains("sparks.example");
    }

    @Test
    void raidPageShowsTheStatusTimelineAndNoFormForAFinalStatus() throws Exception {
        Document page = html(this.mvc.get().uri("/raids/" + sparksRaid("LV")).exchange());
        assertThat(page.select("#timeline li")).hasSize(2);
        assertThat(page.select("#timeline li").get(0).text()).contains("2020-07-20", "Planned",
                "Recorded by demo-data on");
        assertThat(page.select("#timeline li").get(1).text()).contains("2020-08-25", "Planned → Completed",
                "Searched on the action day");
        assertThat(page.select("#status-form")).isEmpty();
        assertThat(page.select("#status-final").text()).isEqualTo("Completed is a final status: it does not change any more.");
    }

    @Test
    void changesARaidsStatusThroughItsStatusForm() throws Exception {
        Raid raid = plannedRaid();
        Document form = html(this.mvc.get().uri("/raids/" + raid.getId()).exchange());
        assertThat(form.select("#status-form").attr("action")).isEqualTo("/raids/" + raid.getId() + "/status");
        assertThat(form.select("#status option").eachAttr("value")).containsExactly("", "UNDER_WAY", "COMPLETED",
                "ABORTED");
        assertThat(form.select("#effectiveOn").val()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());

        MvcTestResult result = statusChange(raid, "COMPLETED", "2020-05-05", "Searched at dawn");
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/raids/" + raid.getId());
        assertThat(result).flash().containsEntry("flash", "raid.statusChanged");
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select status from raid where id = ?").param(raid.getId()).query(String.class)
            .single()).isEqualTo("COMPLETED");
        assertThat(this.jdbc.sql("""
                select from_status, to_status, effective_on::text as effective_on, recorded_by, reason,
                       recorded_at > now() - interval '1 minute' as just_now
                from raid_status_change where raid_id = ? order by id desc limit 1""")
            .param(raid.getId())
            .query()
            .singleRow()).containsEntry("from_status", "PLANNED")
            .containsEntry("to_status", "COMPLETED")
            .containsEntry("effective_on", "2020-05-05")
            .containsEntry("recorded_by", "admin")
            .containsEntry("reason", "Searched at dawn")
            .containsEntry("just_now", true);
        Document page = html(this.mvc.get().uri("/raids/" + raid.getId()).exchange());
        assertThat(page.select("#timeline li").last().text()).contains("2020-05-05", "Planned → Completed",
                "Recorded by admin", "Searched at dawn");
    }

    @Test
    void refusesARaidStatusChangeNextToTheFieldAndWritesNothing() throws Exception {
        Raid raid = plannedRaid();
        assertStatusError(statusChange(raid, "PLANNED", "2020-05-05", "again"), "status",
                "The status cannot move from Planned to Planned.");
        assertStatusError(statusChange(raid, "COMPLETED", "2020-05-04", "early"), "effectiveOn",
                "A raid cannot be under way or completed before its day (2020-05-05).");
        assertStatusError(statusChange(raid, "ABORTED", "2020-05-04", "early"), "effectiveOn",
                "The date cannot be before 2020-05-05, when the status became Planned.");
        assertStatusError(statusChange(raid, "COMPLETED", LocalDate.now().plusDays(2).toString(), "soon"),
                "effectiveOn", "The date cannot be in the future.");
        assertStatusError(statusChange(raid, "COMPLETED", "", "undated"), "effectiveOn", "This field is required.");
        assertStatusError(statusChange(raid, "COMPLETED", "2020-05-05", " "), "reason", "This field is required.");
        assertThat(this.mvc.post().uri("/raids/{id}/status", raid.getId()).param("status", "COMPLETED")
            .param("effectiveOn", "2020-05-05").param("reason", "stale").param("version", "4")).hasStatus(409);
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select count(*) from raid_status_change where raid_id = ?").param(raid.getId())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void onlyInvestigatorsChangeARaidsStatus() throws Exception {
        Raid raid = plannedRaid();
        assertThat(this.mvc.post().uri("/raids/{id}/status", raid.getId()).param("status", "ABORTED")
            .param("effectiveOn", "2020-05-05").param("reason", "Called off").param("version", "0")
            .with(user("analyst-raid").roles("ANALYST"))).hasStatus(403);
        assertThat(html(this.mvc.get().uri("/raids/" + raid.getId()).with(user("analyst-raid").roles("ANALYST"))
            .exchange()).select("#status-form")).isEmpty();
        assertThat(this.mvc.post().uri("/raids/{id}/status", raid.getId()).param("status", "ABORTED")
            .param("effectiveOn", "2020-05-05").param("reason", "Called off").param("version", "0")
            .with(user("investigator-raid").roles("INVESTIGATOR"))).hasStatus3xxRedirection();
    }

    @Test
    void unknownRaidIs404() throws Exception {
        assertThat(this.mvc.post().uri("/raids/987654/status").param("status", "COMPLETED")
            .param("effectiveOn", "2020-05-05").param("reason", "r")).hasStatus(404);
        assertThat(this.mvc.get().uri("/raids/987654")).hasStatus(404);
        assertThat(this.mvc.get().uri("/raids/987654/edit")).hasStatus(404);
        assertThat(this.mvc.post().uri("/raids/987654").param("jurisdictionCode", "LV")).hasStatus(404);
        assertThat(this.mvc.get().uri("/raids/abc")).hasStatus(400);
    }

    @Test
    void editFormShowsTheRaidAndSavesChanges() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid raid = this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 5, 5));
        this.fixtures.flushAndClear();
        Document form = html(this.mvc.get().uri("/raids/" + raid.getId() + "/edit").exchange());
        assertThat(form.select("#jurisdictionCode option[selected]").val()).isEqualTo("DE");
        assertThat(form.select("#version").val()).isEqualTo("0");
        // what a date and a time input accept: ISO date, hours and minutes
        assertThat(form.select("#raidDate").val()).isEqualTo("2020-05-05");
        assertThat(form.select("#localTime").val()).isEqualTo("06:00");
        // a saved raid's servers are edited, added and removed on its form: this raid has none yet
        assertThat(form.select("#server-rows #add-server")).hasSize(1);
        assertThat(form.select("#server-rows .server-row")).isEmpty();
        // the status changes through the status form of the raid's page, never through the edit form
        assertThat(form.select("#status")).isEmpty();

        MvcTestResult result = edit(raid.getId(), "0", "2020-05-06");
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/raids/" + raid.getId());
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select raid_date::text || ' ' || jurisdiction_code || ' ' || status || ' ' || version from raid where id = ?")
            .param(raid.getId())
            .query(String.class)
            .single()).isEqualTo("2020-05-06 FR COMPLETED 1");
    }

    @Test
    void editWithAStaleVersionIs409AndOverwritesNothing() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid raid = this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 5, 5));
        this.fixtures.flushAndClear();
        assertThat(edit(raid.getId(), "0", "2020-05-06")).hasStatus3xxRedirection();
        this.entityManager.flush();
        this.entityManager.clear();
        MvcTestResult stale = edit(raid.getId(), "0", "2020-05-07");
        assertThat(stale).hasStatus(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this record");
        this.entityManager.clear();
        assertThat(this.jdbc.sql("select raid_date::text from raid where id = ?")
            .param(raid.getId())
            .query(String.class)
            .single()).isEqualTo("2020-05-06");
    }

    @Test
    void editRejectsADateBeforeTheCaseWasOpenedNextToTheField() throws Exception {
        long raidId = sparksRaid("LV");
        String version = this.jdbc.sql("select version::text from raid where id = ?")
            .param(raidId)
            .query(String.class)
            .single();
        MvcTestResult result = edit(raidId, version, "2019-01-01");
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        assertThat(errorOf(html(result), "raidDate")).isEqualTo(
                "The raid cannot be before the case was opened (2020-01-06).");
    }

    private Raid plannedRaid() {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid raid = this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 5, 5), RaidStatus.PLANNED);
        this.fixtures.flushAndClear();
        return raid;
    }

    private MvcTestResult statusChange(Raid raid, String status, String effectiveOn, String reason) {
        return this.mvc.post()
            .uri("/raids/{id}/status", raid.getId())
            .param("status", status)
            .param("effectiveOn", effectiveOn)
            .param("reason", reason)
            .param("version", "0")
            .exchange();
    }

    private void assertStatusError(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatusOk().hasViewName("raids/show");
        assertThat(result).model().extractingBindingResult("statusForm").hasFieldErrors(field);
        assertThat(errorOf(html(result), field)).isEqualTo(message);
    }

    private MvcTestResult edit(long raidId, String version, String date) {
        return this.mvc.post()
            .uri("/raids/{id}", raidId)
            .param("version", version)
            .param("jurisdictionCode", "FR")
            .param("status", "ABORTED")
            .param("raidDate", date)
            .param("timeZone", "Europe/Paris")
            .param("legalBasis", "WARRANT")
            .param("arrestsMade", "0")
            .exchange();
    }

    private long sparksRaid(String jurisdiction) {
        return this.jdbc.sql("select id from raid where case_id = ? and jurisdiction_code = ? and raid_date = '2020-08-25'")
            .param(this.sparksId)
            .param(jurisdiction)
            .query(Long.class)
            .single();
    }

}
