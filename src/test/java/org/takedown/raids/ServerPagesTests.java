package org.takedown.raids;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.raids.RaidFormTests.errorOf;
import static org.takedown.raids.RaidFormTests.html;

/** The seized-server grid, the server page, its edit form and its status changes. */
@IntegrationTest
@Transactional
class ServerPagesTests {

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

    @Test
    void gridFiltersByCountryStatusRoleProviderAndCase() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid riga = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1));
        Raid berlin = this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 6, 1));
        SeizedServer lv = this.fixtures.server(riga, "grid-lv.test.example");
        lv.describeHosting("Baltic Bytes SIA", 64500L);
        lv.changeStatus(ServerStatus.IMAGED, RaidFixtures.ON, "test", "imaged", RaidFixtures.AT);
        this.fixtures.server(berlin, "grid-de.test.example");
        this.fixtures.flushAndClear();
        String base = "/servers?case=" + testCase.id();

        assertThat(hostnames(base)).containsExactlyInAnyOrder("grid-lv.test.example", "grid-de.test.example");
        assertThat(hostnames(base + "&country=LV")).containsExactly("grid-lv.test.example");
        assertThat(hostnames(base + "&status=IMAGED")).containsExactly("grid-lv.test.example");
        assertThat(hostnames(base + "&role=STORAGE&country=DE")).containsExactly("grid-de.test.example");
        assertThat(hostnames(base + "&role=PROXY")).isEmpty();
        assertThat(hostnames(base + "&provider=bALTIC")).containsExactly("grid-lv.test.example");
        assertThat(hostnames(base + "&provider=bytes")).isEmpty();
        assertThat(hostnames(base + "&provider=%25")).isEmpty();
        assertThat(hostnames(base + "&sort=hostname,asc")).containsExactly("grid-de.test.example",
                "grid-lv.test.example");
        Document page = html(this.mvc.get().uri(base + "&country=LV").exchange());
        assertThat(page.select("#servers tbody tr").text()).contains("Latvia", "Imaged", "Baltic Bytes SIA",
                testCase.reference());
        assertThat(page.select("#servers .fi-lv")).hasSize(1);
    }

    @Test
    void gridFiltersBySeizureDateRangeAndFlagsAnInvertedRange() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.fixtures.server(this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1)), "june.test.example");
        this.fixtures.server(this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 8, 15)), "august.test.example");
        this.fixtures.flushAndClear();
        String base = "/servers?case=" + testCase.id();

        assertThat(hostnames(base + "&from=2020-06-01&to=2020-06-01")).containsExactly("june.test.example");
        assertThat(hostnames(base + "&from=2020-06-02")).containsExactly("august.test.example");
        assertThat(hostnames(base + "&to=2020-08-14")).containsExactly("june.test.example");
        Document inverted = html(this.mvc.get().uri(base + "&from=2020-09-01&to=2020-01-01").exchange());
        assertThat(inverted.select("#filter-messages").text()).contains("end of the date range is before its start");
        assertThat(inverted.select("#servers tbody tr")).hasSize(2);
        Document malformed = html(this.mvc.get().uri(base + "&from=June").exchange());
        assertThat(malformed.select("#filter-messages").text()).contains("YYYY-MM-DD");
        // ISO dates allow years PostgreSQL cannot store: refused like a malformed date, never a 500
        for (String query : new String[] { "&from=%2B999999999-01-01", "&to=-5000-01-01", "&from=%2B10000-01-01" }) {
            Document outOfRange = html(this.mvc.get().uri(URI.create(base + query)).exchange());
            assertThat(outOfRange.select("#filter-messages").text()).as(query).contains("YYYY-MM-DD");
            assertThat(outOfRange.select("#servers tbody tr")).as(query).hasSize(2);
        }
        assertThat(this.mvc.get().uri(URI.create("/servers/export.csv?from=%2B999999999-01-01")).exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri("/raids/export.csv?to=-5000-01-01").exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri(URI.create("/raids?from=%2B999999999-01-01")).exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri(URI.create("/?from=%2B999999999-01-01")).exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri("/dashboard/data?to=-5000-01-01").exchange()).hasStatusOk();
    }

    @Test
    void gridPagesByKeysetNewestFirstWithoutCounting() throws Exception {
        Document first = html(this.mvc.get().uri("/servers?country=NL&size=3").exchange());
        assertThat(first.select("#servers tbody tr")).hasSize(3);
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("country=NL", "size=3", "after=");
        Document second = html(this.mvc.get().uri(next).exchange());
        assertThat(second.select("#servers tbody tr")).hasSizeBetween(1, 3);
        assertThat(second.select("#servers tbody tr").eachText()).doesNotContainAnyElementsOf(
                first.select("#servers tbody tr").eachText());
        assertThat(second.select("a[rel=first]").attr("href")).isEqualTo("/servers?country=NL&size=3");
        assertThat(second.select(".list-position").text()).startsWith("Rows 4–");

        Document sorted = html(this.mvc.get().uri("/servers?country=NL&size=3&sort=hostname,asc&page=1").exchange());
        assertThat(sorted.select("a[rel=prev]").attr("href")).contains("sort=hostname").doesNotContain("page=");
        assertThat(sorted.select(".list-position").text()).startsWith("Rows 4–");
    }

    @Test
    void gridAnswersHtmxWithTheResultsOnly() throws Exception {
        MvcTestResult result = this.mvc.get().uri("/servers?country=LV").header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("<html", "server-filter");
        assertThat(html(result).select("#results #servers tbody tr")).isNotEmpty();
        Document full = html(this.mvc.get().uri("/servers?country=LV").exchange());
        assertThat(full.select("form#server-filter[hx-get=/servers][hx-target=#results][hx-push-url=true]")).hasSize(1);
    }

    @Test
    void historyRestoreGetsTheWholeGridPageAndEveryAnswerVariesByHxRequest() throws Exception {
        MvcTestResult restore = this.mvc.get()
            .uri("/servers?country=LV")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(restore).hasStatusOk().hasViewName("servers/list");
        Document page = html(restore);
        assertThat(page.select("nav.navbar, form#server-filter")).hasSize(2);
        assertThat(page.select("#filter-messages").attr("hx-swap-oob")).isEmpty();
        assertThat(page.select("#results #servers tbody tr")).isNotEmpty();
        MvcTestResult fragment = this.mvc.get().uri("/servers?country=LV").header("HX-Request", "true").exchange();
        MvcTestResult plain = this.mvc.get().uri("/servers?country=LV").exchange();
        for (MvcTestResult result : List.of(restore, fragment, plain)) {
            assertThat(result.getResponse().getHeaders("Vary")).containsOnlyOnce("HX-Request");
        }
    }

    @Test
    void theQueryReadsBackFromItsOwnQueryString() {
        long sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        ServerListQuery query = new ServerListQuery("LV", ServerStatus.IMAGED, ServerRole.STORAGE, "Baltic Bytes",
                sparks, LocalDate.of(2020, 8, 1), null, Sort.by(Sort.Direction.DESC, "seized"));
        assertThat(query.href()).isEqualTo("/servers?country=LV&status=IMAGED&role=STORAGE&provider=Baltic%20Bytes&case="
                + sparks + "&from=2020-08-01&sort=seized%2Cdesc");
        assertThat(ServerListQuery.bind(ListRequests.get(query.href(), this.conversions), this.countryFilter,
                this.raids)).isEqualTo(query);
        ServerListQuery newestFirst = ServerListQuery.bind(ListRequests.get("/servers?after=5&page=2&size=10",
                this.conversions), this.countryFilter, this.raids);
        assertThat(newestFirst.href()).isEqualTo("/servers");
    }

    @Test
    void hostileGridParametersNeverGiveAnErrorPage() throws Exception {
        for (String query : new String[] { "page=-1", "size=100000", "sort=garbage", "sort=id;drop", "status=BOGUS",
                "role=NOPE", "after=abc", "case=abc", "country=QQ", "provider=" + "x".repeat(300),
                "provider=%27%20or%201=1--", "after=-5" }) {
            assertThat(this.mvc.get().uri("/servers?" + query)).as(query).hasStatusOk();
        }
        assertThat(html(this.mvc.get().uri("/servers?country=QQ").exchange()).select("#filter-messages").text())
            .contains("There is no country with the code QQ");
    }

    @Test
    void serverPageShowsEveryFieldItsRaidCaseAndHistory() throws Exception {
        long id = sparksServer();
        Document page = html(this.mvc.get().uri("/servers/" + id).exchange());
        assertThat(page.select("h1").text()).endsWith("sparks.example");
        assertThat(page.select("#server-facts").text()).contains("TKD-2020-0001", "Raid of 2020-08-25", "AS6449",
                "SG-", "Hosting provider");
        assertThat(page.select("#server-ips li").text()).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(page.select("#server-raid").attr("href")).matches("/raids/\\d+");
        assertThat(page.select("#timeline li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("#timeline li").get(0).text()).contains("2020-07-20", "Identified",
                "Recorded by demo-data");
        assertThat(page.select("#timeline li").get(1).text()).contains("2020-08-25", "Identified → Seized",
                "Seized on the action day");
    }

    @Test
    void unknownServerIs404() throws Exception {
        assertThat(this.mvc.get().uri("/servers/987654")).hasStatus(404);
        assertThat(this.mvc.get().uri("/servers/987654/edit")).hasStatus(404);
        assertThat(this.mvc.post().uri("/servers/987654").param("hostname", "x")).hasStatus(404);
        assertThat(this.mvc.post().uri("/servers/987654/status").param("status", "OFFLINE")
            .param("effectiveOn", "2021-01-01").param("reason", "r")).hasStatus(404);
    }

    @Test
    void statusChangeIsRecordedWithItsDayAuthorAndReason() throws Exception {
        SeizedServer server = freshServer();
        MvcTestResult result = this.mvc.post()
            .uri("/servers/{id}/status", server.getId())
            .param("status", "OFFLINE")
            .param("effectiveOn", "2020-06-15")
            .param("reason", "Provider confirmed shutdown")
            .param("version", "0")
            .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/servers/" + server.getId());
        this.entityManager.flush();
        assertThat(this.jdbc.sql("""
                select from_status || '>' || to_status || ' ' || effective_on || ' ' || recorded_by || ' ' || reason
                    || ' ' || (recorded_at > now() - interval '1 minute')
                from server_status_change where server_id = ? order by id desc limit 1""")
            .param(server.getId())
            .query(String.class)
            .single()).isEqualTo("SEIZED>OFFLINE 2020-06-15 admin Provider confirmed shutdown true");
        assertThat(this.jdbc.sql("select status from seized_server where id = ?")
            .param(server.getId())
            .query(String.class)
            .single()).isEqualTo("OFFLINE");
    }

    @Test
    void statusChangeNeedsAReasonAStatusThatMayFollowAndAPastDayNotBeforeTheCurrentStatus() throws Exception {
        SeizedServer server = freshServer();
        Document page = html(statusChange(server, "SEIZED", "2020-06-15", " "));
        assertThat(errorOf(page, "reason")).isEqualTo("This field is required.");
        MvcTestResult same = statusChange(server, "SEIZED", "2020-06-15", "again");
        assertThat(same).hasStatusOk().hasViewName("servers/show");
        assertThat(errorOf(html(same), "status")).isEqualTo("The status cannot move from Seized to Seized.");
        assertThat(html(same).select("#status option").eachAttr("value")).containsExactly("", "IMAGED", "OFFLINE",
                "RETURNED");
        assertThat(errorOf(html(statusChange(server, "IMAGED", "2020-05-31", "early")), "effectiveOn"))
            .isEqualTo("The date cannot be before 2020-06-01, when the status became Seized.");
        assertThat(errorOf(html(statusChange(server, "IMAGED", LocalDate.now().plusDays(2).toString(), "soon")),
                "effectiveOn")).isEqualTo("The date cannot be in the future.");
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select count(*) from server_status_change where server_id = ?")
            .param(server.getId())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void editSavesEveryField() throws Exception {
        SeizedServer server = freshServer();
        String sha = "a".repeat(64);
        MvcTestResult result = edit(server, "0", "asn", "4294967295", "diskImageSha256", sha).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/servers/" + server.getId());
        this.entityManager.flush();
        assertThat(this.jdbc.sql("""
                select hostname || ' ' || array_to_string(ip_addresses, ',') || ' ' || hosting_provider || ' ' || asn
                    || ' ' || role || ' ' || seized_on || ' ' || evidence_reference || ' ' || disk_image_sha256
                from seized_server where id = ?""").param(server.getId()).query(String.class).single())
            .isEqualTo("renamed.test.example 203.0.113.5,2001:db8::5 New Host 4294967295 PROXY 2020-07-01 EV-1 " + sha);
        assertThat(html(this.mvc.get().uri("/servers/" + server.getId() + "/edit").exchange()).select("#asn").val())
            .isEqualTo("4294967295");
        assertThat(html(this.mvc.get().uri("/servers/" + server.getId() + "/edit").exchange()).select("#seizedOn").val())
            .isEqualTo("2020-07-01");
    }

    @Test
    void editRejectsBadValuesNextToTheirFieldsAndSavesNothing() throws Exception {
        SeizedServer server = freshServer();
        String existing = this.jdbc.sql("select hostname from seized_server where case_id = ? and id <> ? limit 1")
            .param(server.getCaseId())
            .param(server.getId())
            .query(String.class)
            .single();
        // the shape of the input first; the rules once it has its shape
        MvcTestResult result = edit(server, "0", "asn", "4294967296", "diskImageSha256", "A".repeat(64)).exchange();
        assertThat(result).hasStatusOk().hasViewName("servers/form");
        Document page = html(result);
        assertThat(errorOf(page, "asn")).isEqualTo("An ASN is a number from 1 to 4294967295.");
        assertThat(errorOf(page, "diskImageSha256")).isEqualTo(
                "Enter the SHA-256 as 64 lower-case hexadecimal characters.");
        result = edit(server, "0", "hostname", existing, "ipAddresses", "203.0.113.5, example.org", "seizedOn",
                "2019-01-01")
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("servers/form");
        page = html(result);
        assertThat(errorOf(page, "hostname")).isEqualTo("The case already has a server named " + existing + ".");
        assertThat(errorOf(page, "ipAddresses")).contains("\"example.org\" is not an IPv4 or IPv6 address");
        assertThat(errorOf(page, "seizedOn")).startsWith("A server cannot be seized before the case was opened");
        assertThat(html(edit(server, "0", "asn", "0").exchange()).select("[id=asn-error]").text())
            .isEqualTo("An ASN is a number from 1 to 4294967295.");
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select version from seized_server where id = ?")
            .param(server.getId())
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void editWithAStaleVersionIs409() throws Exception {
        SeizedServer server = freshServer();
        assertThat(edit(server, "0").exchange()).hasStatus3xxRedirection();
        this.entityManager.flush();
        this.entityManager.clear();
        assertThat(edit(server, "0", "hostingProvider", "Overwrite").exchange()).hasStatus(409);
        assertThat(this.mvc.post()
            .uri("/servers/{id}/status", server.getId())
            .param("status", "RETURNED")
            .param("effectiveOn", "2020-07-01")
            .param("reason", "late")
            .param("version", "0")).hasStatus(409);
    }

    /** A valid edit of the server; {@code overrides} are name, value pairs that replace or add fields. */
    private MockMvcRequestBuilder edit(SeizedServer server, String version, String... overrides) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("version", version);
        form.put("hostname", "Renamed.test.example");
        form.put("ipAddresses", "203.0.113.5 2001:db8::5");
        form.put("hostingProvider", "New Host");
        form.put("role", "PROXY");
        form.put("seizedOn", "2020-07-01");
        form.put("evidenceReference", "EV-1");
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], overrides[i + 1]);
        }
        MockMvcRequestBuilder request = this.mvc.post().uri("/servers/{id}", server.getId());
        form.forEach(request::param);
        return request;
    }

    private MvcTestResult statusChange(SeizedServer server, String status, String effectiveOn, String reason) {
        return this.mvc.post()
            .uri("/servers/{id}/status", server.getId())
            .param("status", status)
            .param("effectiveOn", effectiveOn)
            .param("reason", reason)
            .param("version", "0")
            .exchange();
    }

    private SeizedServer freshServer() {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1));
        SeizedServer server = this.fixtures.server(raid, RaidFixtures.unique("srv").toLowerCase() + ".test.example");
        this.fixtures.server(raid, RaidFixtures.unique("other").toLowerCase() + ".test.example");
        this.fixtures.flushAndClear();
        return server;
    }

    private List<String> hostnames(String path) {
        return html(this.mvc.get().uri(path).exchange()).select("#servers tbody tr td:first-child a").eachText();
    }

    private long sparksServer() {
        return this.jdbc.sql("""
                select min(s.id) from seized_server s join enforcement_case c on c.id = s.case_id
                where c.reference = 'TKD-2020-0001' and s.status = 'IMAGED'""").query(Long.class).single();
    }

}
