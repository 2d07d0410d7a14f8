package org.takedown.cases;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.ListRequests;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list: filters in SQL, sorting, paging, the htmx fragment, and a constant number of statements. */
@IntegrationTest
@Transactional
class CaseListTests {

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
    SqlStatementCounter counter;

    CaseFixtures fixtures;

    @BeforeEach
    void setUp() {
        this.fixtures = new CaseFixtures(this.jdbc);
    }

    @Test
    void filtersByStatus() {
        String token = token();
        this.fixtures.cases(2, token + " open", CaseStatus.INVESTIGATION, "s");
        this.fixtures.cases(3, token + " shut", CaseStatus.CLOSED, "s");
        Document page = page("/cases?status=CLOSED&q=" + token);
        assertThat(titles(page)).hasSize(3).allMatch((title) -> title.startsWith(token + " shut"));
        assertThat(page.select("#cases tbody tr").eachText()).allMatch((row) -> row.contains("Closed"));
        assertThat(page.select("#filter-status option[selected]").attr("value")).isEqualTo("CLOSED");
    }

    @Test
    void filtersByCountryOfARaidOrOfASeizedServer() {
        String token = token();
        long raidInRiga = this.fixtures.oneCase(token + " raid", CaseStatus.OPERATIONAL);
        this.fixtures.raid(raidInRiga, "LV", LocalDate.of(2020, 5, 1));
        long serverInLatvia = this.fixtures.oneCase(token + " server", CaseStatus.OPERATIONAL);
        this.fixtures.servers(serverInLatvia, "LV", 2, null);
        long raidInKansas = this.fixtures.oneCase(token + " kansas", CaseStatus.OPERATIONAL);
        this.fixtures.raid(raidInKansas, "US-KS", LocalDate.of(2020, 5, 1));
        long elsewhere = this.fixtures.oneCase(token + " elsewhere", CaseStatus.OPERATIONAL);
        this.fixtures.raid(elsewhere, "DE", LocalDate.of(2020, 5, 1));
        this.fixtures.servers(elsewhere, "FR", 1, null);

        assertThat(titles(page("/cases?country=LV&q=" + token))).containsExactlyInAnyOrder(token + " raid 1",
                token + " server 1");
        // a raid in a US state counts for the United States
        assertThat(titles(page("/cases?country=us&q=" + token))).containsExactly(token + " kansas 1");
        assertThat(titles(page("/cases?country=FR&q=" + token))).containsExactly(token + " elsewhere 1");
    }

    @Test
    void theDemoCaseIsFoundByEachOfItsSixteenCountriesButNotByOthers() {
        assertThat(page("/cases?country=KR").select("#cases").text()).contains("TKD-2020-0001");
        assertThat(page("/cases?country=JP").select("#cases").text()).doesNotContain("TKD-2020-0001");
    }

    @Test
    void filtersByTextInReferenceTitleOrSummaryIgnoringCase() {
        String token = token();
        this.fixtures.cases(1, "Title " + token, CaseStatus.INVESTIGATION, "nothing");
        this.fixtures.cases(1, "Other", CaseStatus.INVESTIGATION, "the SUMMARY mentions " + token.toUpperCase());
        this.fixtures.cases(1, "Unrelated", CaseStatus.INVESTIGATION, "nothing at all");
        Document page = page("/cases?q=" + token.toLowerCase());
        assertThat(titles(page)).containsExactlyInAnyOrder("Title " + token + " 1", "Other 1");
        assertThat(page("/cases?q=tkd-2020-0001").select("#cases").text()).contains("Sparks Group");
    }

    @Test
    void textFilterTakesPercentAndUnderscoreLiterally() {
        String token = token();
        this.fixtures.cases(1, token + " 100% done", CaseStatus.INVESTIGATION, "s");
        this.fixtures.cases(1, token + " 100 done", CaseStatus.INVESTIGATION, "s");
        assertThat(titles(html(this.mvc.get().uri("/cases").param("q", token + " 100%").exchange())))
            .containsExactly(token + " 100% done 1");
        assertThat(titles(html(this.mvc.get().uri("/cases").param("q", token + " 10_").exchange()))).isEmpty();
    }

    @Test
    void combinesFiltersAndShowsTheRowCounts() {
        String token = token();
        long id = this.fixtures.oneCase(token + " counted", CaseStatus.PROSECUTION);
        this.fixtures.raid(id, "LV", LocalDate.of(2020, 5, 1));
        this.fixtures.raid(id, "EE", LocalDate.of(2020, 5, 1));
        this.fixtures.servers(id, "LV", 7, null);
        this.fixtures.defendants(id, 2);
        this.fixtures.oneCase(token + " wrong status", CaseStatus.INVESTIGATION);
        Document page = page("/cases?status=PROSECUTION&country=EE&q=" + token);
        assertThat(page.select("#cases tbody tr")).hasSize(1);
        assertThat(page.select("#cases tbody tr td").eachText()).containsSubsequence(token + " counted 1",
                "Prosecution", "Homeland Security Investigations", "2020-01-01", "2", "2", "7");
        assertThat(page.select("#result-count").text()).isEqualTo("1 case");
    }

    @Test
    void sortsByTitleBothWaysAndKeepsTheFiltersInTheSortLinks() {
        String token = token();
        this.fixtures.cases(1, token + " b", CaseStatus.INVESTIGATION, "s");
        this.fixtures.cases(1, token + " A", CaseStatus.INVESTIGATION, "s");
        this.fixtures.cases(1, token + " c", CaseStatus.INVESTIGATION, "s");
        Document ascending = page("/cases?q=" + token + "&sort=title,asc");
        assertThat(titles(ascending)).containsExactly(token + " A 1", token + " b 1", token + " c 1");
        assertThat(titles(page("/cases?q=" + token + "&sort=title,desc"))).containsExactly(token + " c 1",
                token + " b 1", token + " A 1");
        String titleLink = ascending.select("#cases th[aria-sort=ascending] a").attr("href");
        assertThat(titleLink).contains("q=" + token).contains("sort=title,desc");
    }

    @Test
    void sortsByStatusInWorkflowOrderAndByOpeningDate() {
        String token = token();
        this.fixtures.cases(1, token + " closed", CaseStatus.CLOSED, "s");
        this.fixtures.cases(1, token + " investigation", CaseStatus.INVESTIGATION, "s");
        this.fixtures.cases(1, token + " prosecution", CaseStatus.PROSECUTION, "s");
        assertThat(titles(page("/cases?q=" + token + "&sort=status"))).containsExactly(token + " investigation 1",
                token + " prosecution 1", token + " closed 1");
        this.jdbc.sql("update enforcement_case set opened_on = date '2019-03-01' where title = :t")
            .param("t", token + " closed 1")
            .update();
        assertThat(titles(page("/cases?q=" + token + "&sort=openedOn,asc")).get(0)).isEqualTo(token + " closed 1");
    }

    @Test
    void paginatesAndKeepsTheFiltersInThePageLinks() {
        String token = token();
        this.fixtures.cases(5, token, CaseStatus.OPERATIONAL, "s");
        Document first = page("/cases?q=" + token + "&status=OPERATIONAL&size=2&sort=title");
        assertThat(titles(first)).containsExactly(token + " 1", token + " 2");
        assertThat(first.select(".pagination").text()).contains("Rows 1–2 of 5");
        String next = first.select(".pagination a:contains(Next)").attr("href");
        assertThat(next).contains("q=" + token).contains("status=OPERATIONAL").contains("after=");
        Document second = page(next);
        assertThat(titles(second)).containsExactly(token + " 3", token + " 4");
        assertThat(second.select(".pagination").text()).contains("Rows 3–4 of 5");
        String back = second.select(".pagination a:contains(Previous)").attr("href");
        assertThat(titles(page(back))).containsExactly(token + " 1", token + " 2");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() {
        String token = token();
        this.fixtures.cases(2, token, CaseStatus.INVESTIGATION, "s");
        MvcTestResult result = this.mvc.get().uri("/cases?q=" + token).header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/list :: results");
        Document fragment = html(result);
        assertThat(fragment.select("#results")).hasSize(1);
        assertThat(fragment.select("nav.navbar, #case-filters, footer")).isEmpty();
        assertThat(titles(fragment)).hasSize(2);

        MvcTestResult full = this.mvc.get().uri("/cases?q=" + token).exchange();
        assertThat(full).hasStatusOk().hasViewName("cases/list");
        Document page = html(full);
        assertThat(page.select("nav.navbar, #case-filters, #results, #filter-country")).hasSize(4);
        assertThat(page.select("#case-filters").attr("hx-get")).isEqualTo("/cases");
        assertThat(page.select("#case-filters").attr("hx-push-url")).isEqualTo("true");
    }

    @Test
    void historyRestoreGetsTheWholePage() {
        MvcTestResult result = this.mvc.get()
            .uri("/cases")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/list");
    }

    @Test
    void everyAnswerOfTheListVariesByHxRequestSoThatNoCacheMixesPageAndFragment() {
        MvcTestResult restore = this.mvc.get()
            .uri("/cases?status=CLOSED")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(restore).hasStatusOk().hasViewName("cases/list");
        assertThat(html(restore).select("nav.navbar, #case-filters, #results")).hasSize(3);
        MvcTestResult fragment = this.mvc.get().uri("/cases?status=CLOSED").header("HX-Request", "true").exchange();
        MvcTestResult page = this.mvc.get().uri("/cases?status=CLOSED").exchange();
        for (MvcTestResult result : List.of(restore, fragment, page)) {
            assertThat(result.getResponse().getHeaders("Vary")).containsOnlyOnce("HX-Request");
        }
    }

    @Test
    void theQueryReadsBackFromItsOwnQueryString() {
        CaseListQuery query = new CaseListQuery(CaseStatus.CLOSED, "LV", "100% & more",
                Sort.by("title").and(Sort.by(Sort.Direction.DESC, "status")));
        assertThat(query.href()).isEqualTo(
                "/cases?status=CLOSED&country=LV&q=100%25%20%26%20more&sort=title%2Casc&sort=status%2Cdesc");
        assertThat(CaseListQuery.bind(ListRequests.get(query.href(), this.conversions), this.countryFilter))
            .isEqualTo(query);
        CaseListQuery none = CaseListQuery.bind(ListRequests.get("/cases?country=lv&status=NOPE&sort=summary",
                this.conversions), this.countryFilter);
        assertThat(none).isEqualTo(new CaseListQuery(null, "LV", null, null));
        assertThat(none.href()).isEqualTo("/cases?country=LV");
    }

    @Test
    void caseListShowsTheCountryPicker() {
        Document page = page("/cases");
        assertThat(page.select("#cases").text()).contains("TKD-2020-0001");
        assertThat(page.select("#filter-country option[value=LV]").text()).contains("Latvia");
    }

    @Test
    void selectedCountryIsChosenInThePickerWhichDrawsItsFlag() {
        Document page = page("/cases?country=lv");
        assertThat(page.select("#filter-country option[selected]").attr("value")).isEqualTo("LV");
        // the picker draws the flag of an option from its data-country; no second, server-drawn flag stands beside it
        assertThat(page.select("#filter-country option[selected]").attr("data-country")).isEqualTo("LV");
        assertThat(page.select("#case-filters .fi")).isEmpty();
    }

    @Test
    void unknownCountryAndStatusAreIgnoredWithAMessage() {
        Document page = page("/cases?country=XX&status=NOPE&q=TKD-2020-0001");
        assertThat(page.select("#results .alert-warning").text())
            .isEqualTo("There is no country with the code XX; showing all countries.");
        assertThat(page.select("#cases").text()).contains("Sparks Group");
    }

    @Test
    void hostileParametersNeverGiveAnErrorPage() {
        for (String query : List.of("page=-1", "size=100000", "size=-5", "sort=garbage", "sort=title,sideways",
                "sort=summary;drop table raid", "page=99999999", "page=abc", "q=" + "x".repeat(5000),
                "country=" + "Z".repeat(3000), "q='--", "status=")) {
            MvcTestResult result = this.mvc.get().uri("/cases?" + query).exchange();
            assertThat(result).as(query).hasStatusOk();
        }
        Document huge = page("/cases?size=100000");
        assertThat(huge.select("#cases tbody tr")).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void listCostsTheSameStatementsForFiveAndFiveHundredCases() {
        String few = token();
        this.fixtures.cases(5, few, CaseStatus.INVESTIGATION, "s");
        this.fixtures.serverForEachCase(few, "LV");
        String many = token();
        List<Long> manyIds = this.fixtures.cases(500, many, CaseStatus.INVESTIGATION, "s");
        this.fixtures.serverForEachCase(many, "LV");
        this.fixtures.defendants(manyIds.get(1), 2);
        this.fixtures.raid(manyIds.get(2), "LV", LocalDate.of(2020, 5, 1));

        page("/cases"); // the country list is cached after the first page
        this.counter.reset();
        assertThat(titles(page("/cases?size=50&country=LV&q=" + few))).hasSize(5);
        int forFive = this.counter.count();
        this.counter.reset();
        assertThat(titles(page("/cases?size=50&country=LV&q=" + many))).hasSize(50);
        int forFiveHundred = this.counter.count();
        // the page of cases, its count, and the list's Views menu (views/ListViews)
        assertThat(forFiveHundred).isEqualTo(forFive).isEqualTo(3);
    }

    private Document page(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<String> titles(Document page) {
        return page.select("#cases tbody tr td:nth-child(2)").eachText();
    }

    private static String token() {
        return "zq" + Long.toString(System.nanoTime(), 36);
    }

}
