package org.takedown.jurisdictions;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.shared.ListRequests;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The jurisdictions overview, against the Sparks Group demo case (the page of one jurisdiction: CountryPageTests). */
@IntegrationTest
class JurisdictionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("mvcConversionService")
    ConversionService conversions;

    @Autowired
    CountryFilter countryFilter;

    // ---- overview ----------------------------------------------------------------------------------------------

    @Test
    void overviewCountsRaidsServersAndCustodyPerCountryExactlyAsTheDemoCaseHasThem() {
        assertThat(counts("LV")).containsExactly("Latvia", "1", "3", "0");
        assertThat(counts("NO")).containsExactly("Norway", "1", "3", "0");
        assertThat(counts("CY")).containsExactly("Cyprus", "0", "0", "1");
        // Jonathan Correa is held in Kansas, which lies in the United States
        assertThat(counts("US")).containsExactly("United States", "0", "0", "1");
        assertThat(counts("NL")).containsExactly("Netherlands", "1", "7", "0");
    }

    @Test
    void overviewShowsOnlyCountriesWithActivityUntilTheFilterIsTurnedOff() {
        Document active = page("/jurisdictions?size=100");
        assertThat(active.select("#countries tbody tr").eachAttr("data-code")).contains("LV", "CY", "US")
            .doesNotContain("AQ");
        assertThat(active.select("#filter-active").hasAttr("checked")).isTrue();
        // an unticked checkbox sends only its marker
        Document all = page("/jurisdictions?_active=on&q=antarc");
        assertThat(all.select("#countries tbody tr").eachAttr("data-code")).containsExactly("AQ");
        assertThat(row(all, "AQ").select("td.raids").text()).isEqualTo("0");
        assertThat(all.select("#filter-active").hasAttr("checked")).isFalse();
    }

    @Test
    void overviewFiltersByNameIgnoringCase() {
        Document page = page("/jurisdictions?q=LAT&active=false");
        assertThat(page.select("#countries tbody tr").eachAttr("data-code")).contains("LV").doesNotContain("NO", "CY");
        assertThat(page.select("#filter-q").val()).isEqualTo("LAT");
    }

    @Test
    void overviewFiltersByOneCountryAndNormalisesItsCode() {
        Document page = page("/jurisdictions?country=lv");
        assertThat(page.select("#countries tbody tr").eachAttr("data-code")).containsExactly("LV");
        assertThat(page.select("#filter-country option[selected]").val()).isEqualTo("LV");
    }

    @Test
    void overviewIgnoresAnUnknownCountryAndSaysSo() {
        Document page = page("/jurisdictions?country=XX");
        assertThat(page.select("#results .alert").text()).contains("There is no country with the code XX");
        assertThat(page.select("#countries tbody tr").eachAttr("data-code")).contains("LV", "NO");
    }

    @Test
    void overviewSortsByEachCountAndKeepsTheFiltersInTheSortLinks() {
        Document page = page("/jurisdictions?sort=servers,desc&size=100&q=a");
        List<Long> servers = page.select("#countries tbody td.servers")
            .eachText()
            .stream()
            .map((text) -> Long.parseLong(text.replace(",", "")))
            .toList();
        assertThat(servers).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page.select("th[aria-sort=descending] a").text()).isEqualTo("Seized servers");
        String raidsLink = page.select("th a[href*='sort=raids']").attr("href");
        assertThat(raidsLink).contains("q=a", "sort=raids,desc");
        Document byName = page("/jurisdictions?sort=name,desc&size=100");
        List<String> names = byName.select("#countries tbody tr td:first-child").eachText();
        assertThat(names).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void overviewPaginatesAndKeepsTheFiltersInThePageLinks() {
        Document page = page("/jurisdictions?size=5&q=a&active=false");
        assertThat(page.select("#countries tbody tr")).hasSize(5);
        assertThat(page.select(".pagination a[href*='page=1']").attr("href")).contains("q=a", "active=false", "size=5");
    }

    @Test
    void overviewSurvivesHandEditedParameters() {
        for (String query : List.of("page=-1", "size=100000", "sort=garbage", "sort=name;drop table x", "page=abc",
                "active=maybe", "q=" + "x".repeat(5000), "q=%25_%5C", "country=%3Cscript%3E", "page=999")) {
            MvcTestResult result = this.mvc.get().uri("/jurisdictions?" + query).exchange();
            assertThat(result).as(query).hasStatus(HttpStatus.OK);
        }
        assertThat(page("/jurisdictions?page=999").select("#result-count").text()).doesNotContain("Results: 0");
    }

    @Test
    void overviewAnswersHtmxWithTheResultsFragmentOnly() {
        MvcTestResult result = this.mvc.get().uri("/jurisdictions?country=LV").header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk();
        String body = body(result);
        Document fragment = Jsoup.parseBodyFragment(body);
        assertThat(body).doesNotContain("<html", "<nav", "jurisdiction-filter");
        assertThat(fragment.select("#results #countries tbody tr").eachAttr("data-code")).containsExactly("LV");
        Document full = page("/jurisdictions?country=LV");
        assertThat(full.select("nav.navbar")).isNotEmpty();
        assertThat(full.select("form#jurisdiction-filter").attr("hx-get")).isEqualTo("/jurisdictions");
        assertThat(full.select("form#jurisdiction-filter").attr("hx-push-url")).isEqualTo("true");
    }

    @Test
    void historyRestoreGetsTheWholeOverviewAndEveryAnswerVariesByHxRequest() {
        MvcTestResult restore = this.mvc.get()
            .uri("/jurisdictions?country=LV")
            .header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true")
            .exchange();
        assertThat(restore).hasStatusOk().hasViewName("jurisdictions/list");
        Document page = Jsoup.parse(body(restore));
        assertThat(page.select("nav.navbar, form#jurisdiction-filter")).hasSize(2);
        assertThat(page.select("#countries tbody tr").eachAttr("data-code")).containsExactly("LV");
        MvcTestResult fragment = this.mvc.get().uri("/jurisdictions?country=LV").header("HX-Request", "true")
            .exchange();
        MvcTestResult plain = this.mvc.get().uri("/jurisdictions?country=LV").exchange();
        for (MvcTestResult result : List.of(restore, fragment, plain)) {
            assertThat(result.getResponse().getHeaders("Vary")).containsOnlyOnce("HX-Request");
        }
    }

    @Test
    void theQueryReadsBackFromItsOwnQueryString() {
        JurisdictionListQuery query = new JurisdictionListQuery("LV", "lat", false,
                Sort.by(Sort.Direction.DESC, "servers"));
        assertThat(query.href()).isEqualTo("/jurisdictions?country=LV&q=lat&active=false&sort=servers%2Cdesc");
        assertThat(JurisdictionListQuery.bind(ListRequests.get(query.href(), this.conversions), this.countryFilter))
            .isEqualTo(query);
        // an unticked box sends its marker alone
        assertThat(JurisdictionListQuery.bind(ListRequests.get("/jurisdictions?_active=on", this.conversions),
                this.countryFilter)).isEqualTo(new JurisdictionListQuery(null, null, false, null));
        assertThat(new JurisdictionListQuery(null, null, true, null).href()).isEqualTo("/jurisdictions");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Name, raids, servers, in custody of one country in the overview. */
    private List<String> counts(String code) {
        Document page = page("/jurisdictions?active=false&country=" + code);
        Element row = row(page, code);
        return List.of(row.select("td").get(0).text(), row.select("td.raids").text(), row.select("td.servers").text(),
                row.select("td.in-custody").text());
    }

    private static Element row(Document page, String code) {
        Element row = page.selectFirst("#countries tbody tr[data-code=" + code + "]");
        assertThat(row).as(code).isNotNull();
        return row;
    }

    private Document page(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
