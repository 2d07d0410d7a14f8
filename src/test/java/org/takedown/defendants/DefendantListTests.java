package org.takedown.defendants;

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

@IntegrationTest
@Transactional
class DefendantListTests {

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

    DefendantFixtures fixtures;

    @BeforeEach
    void setUp() {
        this.fixtures = new DefendantFixtures(this.jdbc);
    }

    @Test
    void listsTheDemoDefendantsWithStatusBadgesFlagsAndLinks() {
        Document page = page("/defendants?case=" + this.fixtures.sparksCaseId());
        assertThat(names(page)).containsExactly("George Bridi", "Jonathan Correa", "Umar Ahmad");
        assertThat(page.select("#defendants tbody tr").get(0).select(".badge.legal-status-EXTRADITION_REQUESTED").text())
            .isEqualTo("Extradition requested");
        assertThat(page.select("#defendants tbody tr").get(0).select(".fi-gb")).hasSize(1);
        assertThat(page.select("#defendants tbody tr").get(0).select(".fi-cy")).hasSize(1);
        assertThat(page.select("#defendants tbody tr").get(1).text()).contains("Raid", "Kansas", "TKD-2020-0001");
        assertThat(page.select("#defendants tbody a").eachAttr("href")).allMatch((href) -> href.matches("/defendants/\\d+"));
        assertThat(page.select("#filter-country option")).hasSizeGreaterThan(200);
    }

    @Test
    void filtersByTheCountryOfTheCustodyJurisdictionSoKansasCountsAsTheUnitedStates() {
        assertThat(names(page("/defendants?country=CY"))).contains("George Bridi").doesNotContain("Jonathan Correa");
        assertThat(names(page("/defendants?country=US"))).contains("Jonathan Correa").doesNotContain("George Bridi");
        assertThat(page("/defendants?country=CY").select("#filter-country option[selected]").val()).isEqualTo("CY");
    }

    @Test
    void filtersByNationalityStatusAndCase() {
        String tag = DefendantFixtures.uniqueTag();
        long caseId = this.fixtures.newCase("Case " + tag, LocalDate.of(2021, 1, 1));
        long norwegian = this.fixtures.defendant("Nor " + tag, "WANTED", "NO", null);
        long latvian = this.fixtures.defendant("Lat " + tag, "CONVICTED", "LV", null);
        this.fixtures.addToCase(norwegian, caseId);
        this.fixtures.addToCase(latvian, caseId);
        assertThat(names(page("/defendants?case=" + caseId))).containsExactly("Lat " + tag, "Nor " + tag);
        assertThat(names(page("/defendants?case=" + caseId + "&nationality=NO"))).containsExactly("Nor " + tag);
        assertThat(names(page("/defendants?nationality=NO"))).contains("Umar Ahmad", "Nor " + tag)
            .doesNotContain("Lat " + tag);
        assertThat(names(page("/defendants?case=" + caseId + "&status=CONVICTED"))).containsExactly("Lat " + tag);
    }

    @Test
    void searchesNamesAndAliasesCaseInsensitivelyWithWildcardsTakenLiterally() {
        assertThat(names(page("/defendants?q=bRIDI"))).containsExactly("George Bridi");
        assertThat(names(page("/defendants?q=artis"))).containsExactly("Umar Ahmad");
        String tag = DefendantFixtures.uniqueTag();
        this.fixtures.defendant("Percent 100% " + tag, "WANTED", null, null);
        this.fixtures.defendant("Percent 1000 " + tag, "WANTED", null, null);
        assertThat(names(page("/defendants", "q", "100% " + tag))).containsExactly("Percent 100% " + tag);
        assertThat(names(page("/defendants", "q", "_"))).isEmpty();
    }

    @Test
    void sortsByNameOrStatusAndPaginatesKeepingTheFilters() {
        String tag = DefendantFixtures.uniqueTag();
        long caseId = this.fixtures.newCase("Case " + tag, LocalDate.of(2021, 1, 1));
        this.fixtures.many("Sorted " + tag, 5, caseId);
        long wanted = this.fixtures.defendant("Zed " + tag, "WANTED", null, null);
        this.fixtures.addToCase(wanted, caseId);
        assertThat(names(page("/defendants?case=" + caseId + "&sort=name,desc&size=2")))
            .containsExactly("Zed " + tag, "Sorted " + tag + " 0005");
        assertThat(names(page("/defendants?case=" + caseId + "&sort=status&size=50")).get(0))
            .isEqualTo("Sorted " + tag + " 0001");
        assertThat(names(page("/defendants?case=" + caseId + "&sort=status,desc&size=50")).get(0))
            .isEqualTo("Zed " + tag);
        Document second = page("/defendants?case=" + caseId + "&size=2&page=1");
        assertThat(names(second)).containsExactly("Sorted " + tag + " 0003", "Sorted " + tag + " 0004");
        assertThat(second.select(".pagination a").eachAttr("href"))
            .allMatch((href) -> href.contains("case=" + caseId) && href.contains("size=2"));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragmentAndAPlainRequestTheWholePage() {
        MvcTestResult fragment = this.mvc.get().uri("/defendants?country=CY").header("HX-Request", "true").exchange();
        assertThat(fragment).hasStatusOk().hasViewName("defendants/list :: results");
        Document fragmentHtml = html(fragment);
        assertThat(fragmentHtml.select("#results")).hasSize(1);
        assertThat(fragmentHtml.select("nav.navbar, form#defendant-filters")).isEmpty();
        assertThat(names(fragmentHtml)).contains("George Bridi");
        assertThat(fragment.getResponse().getHeader("Vary")).contains("HX-Request");

        MvcTestResult full = this.mvc.get().uri("/defendants?country=CY").exchange();
        assertThat(full).hasStatusOk().hasViewName("defendants/list");
        Document fullHtml = html(full);
        assertThat(fullHtml.select("nav.navbar")).hasSize(1);
        assertThat(fullHtml.select("form#defendant-filters[method=get][hx-get][hx-push-url=true]")).hasSize(1);
    }

    @Test
    void historyRestoreGetsTheWholePageAndEveryAnswerVariesByHxRequest() {
        MvcTestResult restore = this.mvc.get()
            .uri("/defendants?country=CY")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(restore).hasStatusOk().hasViewName("defendants/list");
        Document page = html(restore);
        assertThat(page.select("nav.navbar, form#defendant-filters")).hasSize(2);
        assertThat(names(page)).contains("George Bridi");
        MvcTestResult fragment = this.mvc.get().uri("/defendants?country=CY").header("HX-Request", "true").exchange();
        MvcTestResult plain = this.mvc.get().uri("/defendants?country=CY").exchange();
        for (MvcTestResult result : List.of(restore, fragment, plain)) {
            assertThat(result.getResponse().getHeaders("Vary")).containsOnlyOnce("HX-Request");
        }
    }

    @Test
    void theQueryReadsBackFromItsOwnQueryString() {
        long sparks = this.fixtures.sparksCaseId();
        DefendantListQuery query = new DefendantListQuery(LegalStatus.IN_CUSTODY, "GB", "CY", sparks, "Bridi",
                Sort.by(Sort.Direction.DESC, "name"));
        assertThat(query.href()).isEqualTo(
                "/defendants?status=IN_CUSTODY&nationality=GB&country=CY&case=" + sparks + "&q=Bridi&sort=name%2Cdesc");
        assertThat(DefendantListQuery.bind(ListRequests.get(query.href(), this.conversions), this.countryFilter))
            .isEqualTo(query);
        assertThat(DefendantListQuery.bind(ListRequests.get("/defendants?status=at_large&case=-5", this.conversions),
                this.countryFilter).href()).isEqualTo("/defendants?status=AT_LARGE");
    }

    @Test
    void ignoresMalformedFiltersInsteadOfFailing() {
        for (String query : List.of("page=-1", "size=100000", "sort=garbage", "sort=full_name;drop table defendant",
                "status=NOT_A_STATUS", "case=abc", "case=-5", "nationality=%27%3B--", "q=" + "x".repeat(5000),
                "page=99999999", "country=" + "Z".repeat(300))) {
            MvcTestResult result = this.mvc.get().uri("/defendants?" + query).exchange();
            assertThat(result).as(query).hasStatusOk();
        }
    }

    @Test
    void unknownCountryIsIgnoredWithAMessage() {
        Document page = page("/defendants?country=ZZ");
        assertThat(page.select("#results .alert-warning").text())
            .isEqualTo("There is no country with the code ZZ; showing all countries.");
        assertThat(names(page)).contains("George Bridi", "Jonathan Correa");
    }

    @Test
    void listCostsTheSameStatementsFor5And500Defendants() {
        String small = DefendantFixtures.uniqueTag();
        long smallCase = this.fixtures.newCase("Small " + small, LocalDate.of(2021, 1, 1));
        this.fixtures.many("Small " + small, 5, smallCase);
        String large = DefendantFixtures.uniqueTag();
        long largeCase = this.fixtures.newCase("Large " + large, LocalDate.of(2021, 1, 1));
        this.fixtures.many("Large " + large, 500, largeCase);

        this.counter.reset();
        Document smallPage = page("/defendants?size=100&case=" + smallCase);
        int smallCount = this.counter.count();
        this.counter.reset();
        Document largePage = page("/defendants?size=100&case=" + largeCase);
        int largeCount = this.counter.count();

        assertThat(names(smallPage)).hasSize(5);
        assertThat(names(largePage)).hasSize(100);
        assertThat(largePage.select("#defendants tbody tr").get(0).text()).contains("alias of Large", "Kansas");
        assertThat(largeCount).isEqualTo(smallCount);
    }

    @Test
    void caseFilterRendersOnlyTheChosenCaseAndLoadsTheOthersAsTheUserTypes() {
        long sparks = this.fixtures.sparksCaseId();
        Document all = page("/defendants");
        assertThat(all.select("#filter-case option").eachText()).containsExactly("Any");
        assertThat(all.select("#filter-case").attr("data-picker-source")).isEqualTo("/cases/options");

        Document sparksOnly = page("/defendants?case=" + sparks);
        assertThat(sparksOnly.select("#filter-case option").eachText())
            .containsExactly("Any", "TKD-2020-0001 · Sparks Group");
        assertThat(sparksOnly.select("#filter-case option[selected]").val()).isEqualTo(String.valueOf(sparks));
        assertThat(names(sparksOnly)).containsExactly("George Bridi", "Jonathan Correa", "Umar Ahmad");
    }

    private Document page(String uri, String... params) {
        var request = this.mvc.get().uri(uri);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
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

    private static List<String> names(Document page) {
        return page.select("#defendants tbody tr td:first-child").eachText();
    }

}
