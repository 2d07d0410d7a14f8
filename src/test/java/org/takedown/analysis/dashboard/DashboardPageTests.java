package org.takedown.analysis.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard page and its JSON for a case of its own: a case of the test's own (the database holds other tests'
 * data), so each count is known exactly, and each number's link is followed to check that its list shows as many rows.
 */
@IntegrationTest
@Transactional
class DashboardPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DashboardFixtures fixtures;

    @Autowired
    SqlStatementCounter counter;

    long caseId;

    /**
     * Latvia: raids on 10 and 20 March 2020, four servers (two seized and one imaged on 10 March 2020, one seized on
     * an unknown date), one defendant arrested there. United States: a raid in Kansas on 5 May 2020, two servers taken
     * offline that day, two defendants in custody in Kansas. Germany: a raid and a server on 15 January 2021. One more
     * defendant is at large, held nowhere.
     */
    @BeforeEach
    void testCase() {
        this.caseId = this.fixtures.enforcementCase();
        long riga = this.fixtures.raid(this.caseId, "LV", LocalDate.of(2020, 3, 10));
        this.fixtures.raid(this.caseId, "LV", LocalDate.of(2020, 3, 20));
        long kansas = this.fixtures.raid(this.caseId, "US-KS", LocalDate.of(2020, 5, 5));
        long berlin = this.fixtures.raid(this.caseId, "DE", LocalDate.of(2021, 1, 15));
        this.fixtures.servers(this.caseId, riga, "LV", "SEIZED", LocalDate.of(2020, 3, 10), 2);
        this.fixtures.servers(this.caseId, riga, "LV", "IMAGED", LocalDate.of(2020, 3, 10), 1);
        this.fixtures.servers(this.caseId, null, "LV", "SEIZED", null, 1);
        this.fixtures.servers(this.caseId, kansas, "US", "OFFLINE", LocalDate.of(2020, 5, 5), 2);
        this.fixtures.servers(this.caseId, berlin, "DE", "SEIZED", LocalDate.of(2021, 1, 15), 1);
        this.fixtures.defendants(this.caseId, "ARRESTED", "LV", 1);
        this.fixtures.defendants(this.caseId, "IN_CUSTODY", "US-KS", 2);
        this.fixtures.defendants(this.caseId, "AT_LARGE", null, 1);
    }

    @Test
    void pageCountsTheCaseByCountryWithALinkForEveryNumber() {
        Document page = page("/?case=" + this.caseId);

        assertThat(page.select("#figure-servers").text()).contains("7");
        assertThat(page.select("#figure-raids").text()).contains("4");
        assertThat(page.select("#figure-defendants").text()).contains("4");
        assertThat(page.select("#figure-countries").text()).contains("3");
        assertThat(page.select("#figure-cases")).isEmpty();
        assertThat(page.select("#figure-servers").attr("href")).isEqualTo("/servers?case=" + this.caseId);
        assertThat(page.select("#figure-defendants").attr("href")).isEqualTo("/defendants?case=" + this.caseId);

        assertThat(page.select("#countries tbody tr").eachAttr("data-country")).containsExactly("LV", "US", "DE");
        assertThat(row(page, "LV")).containsExactly("4", "2", "1");
        assertThat(row(page, "US")).containsExactly("2", "1", "2");
        assertThat(row(page, "DE")).containsExactly("1", "1", "0");
        assertThat(page.select("#countries tr[data-country=LV] a.servers").attr("href"))
            .isEqualTo("/servers?country=LV&case=" + this.caseId);
        assertThat(page.select("#countries tr[data-country=US] a.defendants").attr("href"))
            .isEqualTo("/defendants?country=US&case=" + this.caseId);
        // the case field shows the reference, even when the link gave the id
        assertThat(page.select("#filter-case").val()).isEqualTo(this.fixtures.reference(this.caseId));
        assertThat(page.select("#dashboard-map").attr("data-data-url")).isEqualTo("/dashboard/data?case=" + this.caseId);
    }

    @Test
    void aCaseReferenceFiltersLikeItsId() {
        String reference = this.fixtures.reference(this.caseId);
        Document page = page("/?case=" + reference.toLowerCase());
        assertThat(page.select("#filter-case").hasClass("is-invalid")).isFalse();
        assertThat(page.select("#countries tbody tr").eachAttr("data-country")).containsExactly("LV", "US", "DE");
    }

    @Test
    void dateRangeBoundsRaidsAndServersButNotDefendants() {
        Document page = page("/?case=" + this.caseId + "&from=2020-01-01&to=2020-12-31");

        assertThat(page.select("#figure-servers").text()).contains("5");
        assertThat(page.select("#figure-raids").text()).contains("3");
        assertThat(page.select("#figure-defendants").text()).contains("4");
        // Germany's raid and server fall outside the range and no defendant is held there
        assertThat(page.select("#countries tbody tr").eachAttr("data-country")).containsExactly("LV", "US");
        assertThat(row(page, "LV")).containsExactly("3", "2", "1");
        assertThat(page.select("#countries tr[data-country=LV] a.raids").attr("href"))
            .isEqualTo("/raids?country=LV&case=" + this.caseId + "&from=2020-01-01&to=2020-12-31");
        assertThat(page.text()).contains("defendants are filtered by case only");
    }

    @Test
    void jsonHasTheMapTheChartsAndTheirLinks() {
        String json = json("/dashboard/data?case=" + this.caseId + "&from=2020-03-15");

        assertThat(read(json, "$.countries[?(@.code == 'LV')].servers.count")).isEqualTo(List.of(0));
        assertThat(read(json, "$.countries[?(@.code == 'LV')].raids.count")).isEqualTo(List.of(1));
        assertThat(read(json, "$.countries[?(@.code == 'US')].servers.count")).isEqualTo(List.of(2));
        assertThat(read(json, "$.lists.servers")).isEqualTo("/servers?case=" + this.caseId + "&from=2020-03-15");
        assertThat(read(json, "$.lists.defendants")).isEqualTo("/defendants?case=" + this.caseId);

        // every month from the first raid's to the last one's, the first one cut at the range's start
        assertThat(read(json, "$.raidsPerMonth[*].month")).isEqualTo(List.of("2020-03", "2020-04", "2020-05", "2020-06",
                "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01"));
        assertThat(read(json, "$.raidsPerMonth[*].raids.count")).isEqualTo(List.of(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(read(json, "$.raidsPerMonth[0].raids.link"))
            .isEqualTo("/raids?case=" + this.caseId + "&from=2020-03-15&to=2020-03-31");

        assertThat(read(json, "$.serverStatuses.countryCodes")).isEqualTo(List.of("US", "DE"));
        assertThat(read(json, "$.serverStatuses.series[*].status")).isEqualTo(List.of("SEIZED", "OFFLINE"));
        assertThat(read(json, "$.serverStatuses.series[1].counts[*].count")).isEqualTo(List.of(2, 0));
        assertThat(read(json, "$.serverStatuses.series[1].counts[0].link"))
            .isEqualTo("/servers?country=US&status=OFFLINE&case=" + this.caseId + "&from=2020-03-15");

        assertThat(read(json, "$.legalStatuses[*].status")).isEqualTo(List.of("AT_LARGE", "ARRESTED", "IN_CUSTODY"));
        assertThat(read(json, "$.legalStatuses[*].label")).isEqualTo(List.of("At large", "Arrested", "In custody"));
        assertThat(read(json, "$.legalStatuses[2].count.link"))
            .isEqualTo("/defendants?status=IN_CUSTODY&case=" + this.caseId);
    }

    @Test
    void everyNumberEqualsTheRowsOfTheListItLinksTo() {
        String json = json("/dashboard/data?case=" + this.caseId + "&from=2020-01-01&to=2021-12-31");
        Map<String, String> rowsOf = Map.of("/servers", "#servers tbody tr", "/raids", "#raids tbody tr",
                "/defendants", "#defendants tbody tr");
        // every {count, link} pair anywhere in the JSON: figures, countries, months, statuses
        List<Map<String, Object>> figures = JsonPath.<List<Map<String, Object>>>read(json, "$..[?(@.count)]")
            .stream()
            .filter((node) -> node.get("count") instanceof Integer && node.get("link") instanceof String)
            .toList();
        assertThat(figures).hasSizeGreaterThan(20);
        for (Map<String, Object> figure : figures) {
            String link = (String) figure.get("link");
            if (link.startsWith("#")) {
                continue;
            }
            String list = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
            assertThat(page(link).select(rowsOf.get(list))).as(link).hasSize((Integer) figure.get("count"));
        }
    }

    @Test
    void unfilteredDashboardCountsEverythingFromTheCounters() {
        String json = json("/dashboard/data");
        long servers = ((Number) read(json, "$.figures.servers.count")).longValue();
        List<Integer> perCountry = JsonPath.read(json, "$.countries[*].servers.count");
        assertThat(servers).isEqualTo(perCountry.stream().mapToLong(Integer::longValue).sum()).isGreaterThanOrEqualTo(67);
        assertThat(read(json, "$.figures.cases.link")).isEqualTo("/cases");
        Document page = page("/");
        assertThat(page.select("#figure-cases").attr("href")).isEqualTo("/cases");
        // the demo case's Latvian servers and this test's four
        assertThat(Integer.parseInt(page.select("#countries tr[data-country=LV] a.servers").text()))
            .isGreaterThanOrEqualTo(4 + 1);
    }

    @Test
    void malformedAndUnknownCasesAreIgnoredWithAMessageNextToTheField() {
        for (String value : List.of("abc", "TKD-1", "999999999", "TKD-2099-0000000001",
                "x".repeat(5000), "1 or 1=1", "-1")) {
            MvcTestResult result = this.mvc.get().uri("/").queryParam("case", value).exchange();
            assertThat(result).as(value).hasStatusOk();
            Document page = Jsoup.parse(body(result));
            assertThat(page.select("#filter-case").hasClass("is-invalid")).as(value).isTrue();
            assertThat(page.select("#filter-case-error").text()).as(value).containsAnyOf("Enter a case reference",
                    "There is no case");
            assertThat(page.select("#figure-cases")).as(value).hasSize(1);
            assertThat(this.mvc.get().uri("/dashboard/data").queryParam("case", value).exchange()).as(value)
                .hasStatusOk();
        }
    }

    @Test
    void textThatCannotBeStoredIsAMessageOnThePageAndA400FromTheData() {
        for (String value : List.of("TKD\u0000-2020-0001", "\uD800", "a\u0007b")) {
            Document page = Jsoup.parse(body(this.mvc.get().uri("/").queryParam("case", value).exchange()));
            assertThat(page.select("#filter-case").hasClass("is-invalid")).as(value).isTrue();
            assertThat(this.mvc.get().uri("/dashboard/data").queryParam("case", value).exchange()).as(value)
                .hasStatus(400);
        }
    }

    @Test
    void badDatesAreIgnoredWithAMessageNextToTheField() {
        Document garbage = page("/?from=garbage&to=2020-13-45");
        assertThat(garbage.select("#filter-from-error").text()).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(garbage.select("#filter-to-error").text()).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(garbage.select("#figure-servers").attr("href")).isEqualTo("/servers");

        Document inverted = page("/?case=" + this.caseId + "&from=2021-01-01&to=2020-01-01");
        assertThat(inverted.select("#filter-to").hasClass("is-invalid")).isTrue();
        assertThat(inverted.select("#filter-to-error").text())
            .isEqualTo("The end of the date range is before its start; the dates are ignored until you correct them.");
        assertThat(inverted.select("#figure-servers").text()).contains("7");

        assertThat(this.mvc.get().uri("/dashboard/data?from=garbage&to=" + "9".repeat(3000)).exchange()).hasStatusOk();
    }

    @Test
    void anAnalystSeesTheDashboardAndTheNavigationStartsWithIt() {
        MvcTestResult result = this.mvc.get().uri("/").with(user("a").roles("ANALYST")).exchange();
        assertThat(result).hasStatusOk().hasViewName("dashboard/show");
        Document page = Jsoup.parse(body(result));
        assertThat(page.select("#main-nav .nav-link").first().attr("href")).isEqualTo("/");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/js/dashboard.js");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void pageAndJsonCostTheSameStatementsFor5And500Rows() {
        int[] small = costs(this.caseId);
        long big = this.fixtures.enforcementCase();
        for (int i = 0; i < 20; i++) {
            long raid = this.fixtures.raid(big, i % 2 == 0 ? "LV" : "US-KS", LocalDate.of(2020, 1 + i % 12, 1));
            this.fixtures.servers(big, raid, i % 2 == 0 ? "LV" : "FR", i % 3 == 0 ? "SEIZED" : "IMAGED",
                    LocalDate.of(2020, 1 + i % 12, 2), 25);
        }
        this.fixtures.defendants(big, "CHARGED", "DE", 100);
        int[] large = costs(big);
        assertThat(large).containsExactly(small);
        // the page: case, countries, legal statuses, suggested cases; the JSON: case, countries, legal statuses,
        // months, server statuses (unfiltered: the case count instead of the case)
        assertThat(small).containsExactly(4, 5, 4, 5, 4, 5);
    }

    @Test
    void theTableShowsTheCountriesWithMostServersAndTheWholeTableOnRequest() {
        this.fixtures.servers(this.caseId, null, "TV", "SEIZED", LocalDate.of(2020, 1, 2), 1);
        List<String> every = JsonPath.read(json("/dashboard/data"), "$.countries[*].code");
        assertThat(every).hasSizeGreaterThan(DashboardService.TABLE_COUNTRIES).contains("TV");

        Document top = page("/");
        assertThat(top.select("#countries tbody tr").eachAttr("data-country"))
            .containsExactlyElementsOf(every.subList(0, DashboardService.TABLE_COUNTRIES));
        assertThat(top.select("#countries-more").text()).contains("Showing 15 of " + every.size() + " countries");
        assertThat(top.select("#all-countries").attr("href")).isEqualTo("/?countries=all#countries-heading");
        assertThat(top.select("#countries-more a[href=/jurisdictions]")).hasSize(1);

        Document all = page("/?countries=all");
        assertThat(all.select("#countries tbody tr").eachAttr("data-country")).containsExactlyElementsOf(every);
        assertThat(all.select("#top-countries").attr("href")).isEqualTo("/#countries-heading");
        assertThat(all.select("#all-countries")).isEmpty();

        // a filter travels with the link
        Document byCase = page("/?case=" + this.caseId);
        assertThat(byCase.select("#all-countries")).isEmpty();
        assertThat(byCase.select("#countries tbody tr")).hasSizeLessThanOrEqualTo(DashboardService.TABLE_COUNTRIES);
    }

    /** Statements of: the page by case, the JSON by case, both by case and range, both unfiltered. */
    private int[] costs(long caseId) {
        String[] uris = { "/?case=" + caseId, "/dashboard/data?case=" + caseId,
                "/?case=" + caseId + "&from=2020-01-01&to=2020-06-30",
                "/dashboard/data?case=" + caseId + "&from=2020-01-01&to=2020-06-30", "/", "/dashboard/data" };
        int[] costs = new int[uris.length];
        for (int i = 0; i < uris.length; i++) {
            this.counter.reset();
            assertThat(this.mvc.get().uri(uris[i]).exchange()).hasStatusOk();
            costs[i] = this.counter.count();
        }
        return costs;
    }

    private static List<String> row(Document page, String country) {
        return page.select("#countries tr[data-country=" + country + "] td a").eachText();
    }

    private Document page(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private String json(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith("application/json");
        return body(result);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Object read(String json, String path) {
        Object value = JsonPath.read(json, path);
        return value instanceof net.minidev.json.JSONArray array ? List.copyOf(array) : value;
    }

}
