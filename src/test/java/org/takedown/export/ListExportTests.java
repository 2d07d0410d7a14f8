package org.takedown.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.takedown.export.CsvTestSupport.column;
import static org.takedown.export.CsvTestSupport.csv;
import static org.takedown.export.CsvTestSupport.html;
import static org.takedown.export.CsvTestSupport.listKeys;

/**
 * The CSV export of the case, raid, defendant and jurisdiction lists and of the two admin lists: for a filter, exactly
 * the rows the list shows, in its order; safe cells; who may export. (The server grid: {@code ServerExportTests}.)
 */
@IntegrationTest
@Transactional
class ListExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void caseExportOfAFilterHasExactlyTheRowsOfTheList() {
        String tag = tag();
        long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            this.jdbc.sql("""
                    insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on, closed_on)
                    values (?, ?, ?, 'Export test', ?, date '2021-01-01' + ?, ?)""")
                .params("TKD-1899-" + digits() + i, "Export " + tag + " " + (char) ('e' - i),
                        i % 2 == 0 ? "INVESTIGATION" : "CLOSED", agency, i,
                        i % 2 == 0 ? null : java.sql.Date.valueOf("2022-01-01"))
                .update();
        }
        for (String filter : List.of("q=" + tag, "q=" + tag + "&status=INVESTIGATION", "q=" + tag + "&sort=title,asc",
                "q=" + tag + "&sort=status,desc&sort=reference,asc")) {
            List<String> shown = listKeys(this.mvc, "/cases?" + filter + "&size=2", "#cases");
            assertThat(column(csv(this.mvc.get().uri("/cases/export.csv?" + filter + "&page=1&size=2").exchange()), 0))
                .as(filter)
                .isNotEmpty()
                .containsExactlyElementsOf(shown);
        }
    }

    @Test
    void raidExportOfAFilterHasExactlyTheRowsOfTheList() {
        long caseId = newCase();
        for (int i = 0; i < 6; i++) {
            this.jdbc.sql("""
                    insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                    values (?, ?, ?, date '2021-03-01' + ?, 'UTC', 'MLAT')""")
                .params(caseId, i % 3 == 0 ? "DE" : "LV", i % 2 == 0 ? "COMPLETED" : "PLANNED", i % 4)
                .update();
        }
        for (String filter : List.of("case=" + caseId, "case=" + caseId + "&country=LV",
                "case=" + caseId + "&status=COMPLETED&sort=date,asc", "case=" + caseId + "&from=2021-03-02&to=2021-03-03",
                "case=" + caseId + "&sort=country,asc")) {
            List<String> shown = listKeys(this.mvc, "/raids?" + filter + "&size=2", "#raids");
            assertThat(column(csv(this.mvc.get().uri("/raids/export.csv?" + filter).exchange()), 0)).as(filter)
                .isNotEmpty()
                .containsExactlyElementsOf(shown);
        }
    }

    @Test
    void defendantExportOfAFilterHasExactlyTheRowsOfTheListWithAliasesNeutralised() {
        String tag = tag();
        long caseId = newCase();
        for (int i = 0; i < 5; i++) {
            long id = this.jdbc.sql("""
                    insert into defendant (full_name, legal_status, nationality_code, custody_jurisdiction_code)
                    values (?, ?, ?, ?) returning id""")
                .params("Defendant " + tag + " " + (char) ('e' - i), i % 2 == 0 ? "AT_LARGE" : "IN_CUSTODY",
                        i % 2 == 0 ? "LV" : "DE", i % 2 == 0 ? null : "DE")
                .query(Long.class)
                .single();
            this.jdbc.sql("""
                    insert into case_defendant (case_id, defendant_id, role, since)
                    values (?, ?, 'DEFENDANT', date '2020-09-01')""")
                .params(caseId, id)
                .update();
            if (i == 0) {
                this.jdbc.sql("""
                        insert into defendant_alias (defendant_id, alias, source, confidence)
                        values (?, ?, 'Test', 'LOW')""").params(id, "@" + tag).update();
            }
        }
        for (String filter : List.of("q=" + tag, "case=" + caseId + "&status=AT_LARGE",
                "case=" + caseId + "&nationality=DE&sort=name,desc", "q=" + tag + "&country=DE")) {
            List<String> shown = listKeys(this.mvc, "/defendants?" + filter + "&size=2", "#defendants");
            assertThat(column(csv(this.mvc.get().uri("/defendants/export.csv?" + filter).exchange()), 0)).as(filter)
                .isNotEmpty()
                .containsExactlyElementsOf(shown);
        }
        List<CSVRecord> records = csv(this.mvc.get().uri("/defendants/export.csv?sort=name,desc&q=" + tag).exchange());
        assertThat(records.get(1).get(1)).isEqualTo("Defendant " + tag + " e");
        assertThat(records.get(1).get(2)).isEqualTo("'@" + tag);
        assertThat(records.get(1).get(5)).isEqualTo("AT_LARGE");
    }

    @Test
    void jurisdictionExportOfAFilterHasExactlyTheCountriesOfTheOverview() {
        for (String filter : List.of("active=false", "q=an&active=false&sort=code,desc", "q=an&_active=on",
                "country=lv&active=false", "active=false&sort=servers,desc")) {
            List<String> shown = listKeys(this.mvc, "/jurisdictions?" + filter + "&size=40", "#countries");
            assertThat(column(csv(this.mvc.get().uri("/jurisdictions/export.csv?" + filter).exchange()), 0))
                .as(filter)
                .isNotEmpty()
                .containsExactlyElementsOf(shown);
        }
    }

    @Test
    void badFilterValuesOfEveryListGiveAnExportNotAnError() {
        for (String path : List.of("/cases/export.csv?status=NOPE&country=XX&sort=garbage&q=" + "x".repeat(3000),
                "/raids/export.csv?case=abc&from=garbage&to=2020-13-45&status=NOPE&country=%00",
                "/defendants/export.csv?case=-1&status=nope&nationality=ZZ&country=123&sort=name,sideways",
                "/jurisdictions/export.csv?active=maybe&country=XX&size=-5&page=-1",
                "/admin/audit/export.csv?page=abc", "/admin/users/export.csv?sort=password")) {
            assertThat(this.mvc.get().uri(path).exchange()).as(path)
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8");
        }
    }

    @Test
    void analystsMayExportTheListsButOnlyAdministratorsTheAdminLists() {
        for (String list : List.of("cases", "raids", "servers", "defendants", "jurisdictions")) {
            assertThat(this.mvc.get().uri("/" + list + "/export.csv").with(user("a").roles("ANALYST")).exchange())
                .as(list)
                .hasStatusOk();
            assertThat(this.mvc.get().uri("/" + list + "/export.csv").with(anonymous()).exchange()).as(list)
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        }
        for (String list : List.of("/admin/audit", "/admin/users")) {
            assertThat(this.mvc.get().uri(list + "/export.csv").with(user("p").roles("PROSECUTOR")).exchange())
                .as(list)
                .hasStatus(403);
            assertThat(this.mvc.get().uri(list + "/export.csv").with(user("admin").roles("ADMIN")).exchange())
                .as(list)
                .hasStatusOk();
        }
    }

    @Test
    void userExportListsEveryUserInTheListsOrderWithTheirRoles() {
        List<CSVRecord> records = csv(this.mvc.get().uri("/admin/users/export.csv").exchange());
        assertThat(records.get(0).toList()).containsExactly("ID", "User name", "Display name", "Agency", "Roles",
                "Enabled", "Locked until", "Last sign-in (UTC)");
        List<String> usernames = column(records, 1);
        assertThat(usernames).contains("admin", "analyst", "investigator", "prosecutor").isSorted();
        assertThat(records.stream().filter((r) -> r.get(1).equals("analyst")).findFirst().orElseThrow().get(4))
            .isEqualTo("ANALYST");
        assertThat(html(this.mvc.get().uri("/admin/users").exchange()).select(".list-export a").attr("href"))
            .isEqualTo("/admin/users/export.csv");
    }

    @Test
    void auditExportIsTheWholeLogNewestFirstAndRecordsEarlierExports() {
        String username = "auditor-" + tag();
        assertThat(this.mvc.get().uri("/cases/export.csv?status=CLOSED").with(user(username).roles("ANALYST"))
            .exchange()).hasStatusOk();
        List<CSVRecord> records = csv(this.mvc.get().uri("/admin/audit/export.csv").exchange());
        assertThat(records.get(0).toList()).containsExactly("ID", "When (UTC)", "Event", "User name", "Address",
                "Path", "Detail");
        CSVRecord export = records.stream().filter((r) -> r.get(3).equals(username)).findFirst().orElseThrow();
        assertThat(export.get(2)).isEqualTo("DATA_EXPORTED");
        assertThat(export.get(5)).isEqualTo("/cases/export.csv");
        assertThat(export.get(6)).startsWith("list=cases rows=").endsWith(" filter=status=CLOSED");
        List<Instant> moments = records.stream().skip(1).map((r) -> Instant.parse(r.get(1))).toList();
        assertThat(moments).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void everyListCarriesAnExportLinkWithItsCurrentFiltersButNotItsPage() {
        assertThat(exportLink(this.mvc.get().uri("/servers?country=LV&status=IMAGED&sort=hostname,asc&page=2&size=5")
            .exchange())).isEqualTo("/servers/export.csv?country=LV&status=IMAGED&sort=hostname,asc");
        assertThat(exportLink(this.mvc.get().uri("/servers?after=12345").exchange())).isEqualTo("/servers/export.csv");
        assertThat(exportLink(this.mvc.get().uri("/raids?country=DE&page=1").exchange()))
            .isEqualTo("/raids/export.csv?country=DE");
        assertThat(exportLink(this.mvc.get().uri("/cases").exchange())).isEqualTo("/cases/export.csv");
        assertThat(exportLink(this.mvc.get().uri("/cases?status=CLOSED").exchange()))
            .isEqualTo("/cases/export.csv?status=CLOSED");
        assertThat(exportLink(this.mvc.get().uri("/defendants?q=bridi").exchange()))
            .isEqualTo("/defendants/export.csv?q=bridi");
        assertThat(exportLink(this.mvc.get().uri("/jurisdictions?q=lat&active=false").exchange()))
            .isEqualTo("/jurisdictions/export.csv?q=lat&active=false");
        assertThat(exportLink(this.mvc.get().uri("/admin/audit?page=1").exchange()))
            .isEqualTo("/admin/audit/export.csv");
    }

    @Test
    void theExportLinkIsInsideTheResultsThatHtmxSwapsSoItFollowsTheFilter() throws Exception {
        for (String list : List.of("servers", "raids", "cases", "defendants", "jurisdictions")) {
            MvcTestResult fragment = this.mvc.get().uri("/" + list + "?country=LV").header("HX-Request", "true")
                .exchange();
            Document results = Jsoup.parse(fragment.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(results.select("#results .list-export a[download]").attr("href")).as(list)
                .isEqualTo("/" + list + "/export.csv?country=LV");
            assertThat(results.select("#results .list-export a i.bi-download")).as(list).hasSize(1);
        }
    }

    @Test
    void defendantExportCostsTheSameNumberOfStatementsForFiveRowsAsForFiveHundred() {
        String few = tag();
        String many = tag();
        insertDefendants(few, 5);
        insertDefendants(many, 500);
        this.counter.reset();
        assertThat(csv(this.mvc.get().uri("/defendants/export.csv?q=" + few).exchange())).hasSize(6);
        int forFew = this.counter.count();
        this.counter.reset();
        assertThat(csv(this.mvc.get().uri("/defendants/export.csv?q=" + many).exchange())).hasSize(501);
        assertThat(this.counter.count()).isEqualTo(forFew);
    }

    private void insertDefendants(String tag, int count) {
        this.jdbc.sql("""
                insert into defendant (full_name, legal_status)
                select 'Bulk ' || ? || ' ' || g, 'AT_LARGE' from generate_series(1, ?) g""").params(tag, count).update();
    }

    private long newCase() {
        long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
        return this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (?, 'Export test', 'INVESTIGATION', 'Export test', ?, date '2021-01-01') returning id""")
            .params("TKD-1898-" + digits(), agency)
            .query(Long.class)
            .single();
    }

    private static String exportLink(MvcTestResult result) {
        return html(result).select(".list-export a").attr("href");
    }

    private static String digits() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

}
