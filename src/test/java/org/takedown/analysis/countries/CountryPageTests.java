package org.takedown.analysis.countries;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The page of one jurisdiction ({@code /jurisdictions/{code}}), against the Sparks Group demo case. */
@IntegrationTest
class CountryPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void latviaPageListsItsRaidServersAgencyAndCaseWithLinksToTheFullLists() {
        Document page = page("/jurisdictions/LV");
        assertThat(page.select("h1").text()).contains("Latvia", "LV");
        // the demo case's raid and three servers; the raid tests may have logged more in Latvia
        long raids = count("""
                select count(*) from raid r join jurisdiction j on j.code = r.jurisdiction_code
                where j.country_code = 'LV'""");
        long servers = count("select count(*) from seized_server where country_code = 'LV' and voided_at is null");
        assertThat(raids).isGreaterThanOrEqualTo(1);
        assertThat(servers).isGreaterThanOrEqualTo(3);
        assertThat(page.select("#total-raids").text()).isEqualTo(String.valueOf(raids));
        assertThat(page.select("#total-servers").text()).isEqualTo(String.valueOf(servers));
        assertThat(page.select("#raids tbody").text()).contains("2020-08-25", "TKD-2020-0001", "Completed");
        assertThat(page.select("#servers tbody tr")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select("#servers tbody").text()).contains(".sparks.example");
        assertThat(page.select("#agencies").text()).contains("State Police of Latvia");
        assertThat(page.select("#cases tbody").text()).contains("TKD-2020-0001", "Sparks Group");
        assertThat(page.select("#all-raids").attr("href")).isEqualTo("/raids?country=LV");
        assertThat(page.select("#all-servers").attr("href")).isEqualTo("/servers?country=LV");
        assertThat(page.select("#all-cases").attr("href")).isEqualTo("/cases?country=LV");
        assertThat(page.select("#in-custody").text()).contains("No defendant is in custody here");
    }

    @Test
    void unitedStatesPageNestsStatesAndDistrictsAndShowsTheDefendantHeldInKansas() {
        Document page = page("/jurisdictions/US");
        Element kansas = page.selectFirst("#sub-jurisdictions tr[data-code=US-KS]");
        Element district = page.selectFirst("#sub-jurisdictions tr[data-code=US-KSD]");
        assertThat(kansas).isNotNull();
        assertThat(district).isNotNull();
        assertThat(district.attr("data-parent")).isEqualTo("US-KS");
        assertThat(district.hasClass("depth-2")).isTrue();
        assertThat(kansas.hasClass("depth-1")).isTrue();
        // the district follows its state
        assertThat(kansas.elementSiblingIndex()).isLessThan(district.elementSiblingIndex());
        // Jonathan Correa is held in Kansas; tests that create defendants through the forms may have added others
        long heldInKansas = count("select count(*) from defendant where custody_jurisdiction_code = 'US-KS'");
        long heldInUs = count("""
                select count(*) from defendant d join jurisdiction j on j.code = d.custody_jurisdiction_code
                where j.country_code = 'US'""");
        assertThat(heldInKansas).isPositive();
        assertThat(kansas.select("td").last().text()).isEqualTo(String.valueOf(heldInKansas));
        assertThat(page.select("#total-in-custody").text()).isEqualTo(String.valueOf(heldInUs));
        assertThat(page.select("#in-custody tbody").text()).contains("Jonathan Correa", "Kansas");
        assertThat(page.select("#all-in-custody").attr("href")).isEqualTo("/defendants?country=US");
        assertThat(page.select("#agencies").text()).contains("Homeland Security Investigations",
                "US Attorney's Office for the Southern District of New York");
        // the case touches the US through its lead agency, its prosecutor and the defendant held there
        assertThat(page.select("#cases tbody").text()).contains("TKD-2020-0001");
    }

    @Test
    void cyprusAndNorwayAndBritainPagesShowCustodyAndNationals() {
        Document cyprus = page("/jurisdictions/CY");
        assertThat(cyprus.select("#in-custody tbody").text()).contains("George Bridi", "Extradition requested");
        assertThat(cyprus.select("#cases tbody").text()).contains("TKD-2020-0001");
        Document norway = page("/jurisdictions/NO");
        assertThat(norway.select("#total-raids").text()).isEqualTo("1");
        assertThat(norway.select("#total-servers").text()).isEqualTo("3");
        assertThat(norway.select("#nationals tbody").text()).contains("Umar Ahmad", "At large");
        assertThat(norway.select("#all-nationals").attr("href")).isEqualTo("/defendants?nationality=NO");
        Document britain = page("/jurisdictions/GB");
        assertThat(britain.select("#nationals tbody").text()).contains("George Bridi");
    }

    @Test
    void subNationalPageShowsItsParentAndItsOwnDefendants() {
        Document page = page("/jurisdictions/US-KS");
        assertThat(page.select("h1").text()).contains("Kansas", "US-KS");
        assertThat(page.select("#parent-link").attr("href")).isEqualTo("/jurisdictions/US");
        assertThat(page.select("#in-custody tbody").text()).contains("Jonathan Correa");
        assertThat(page.select("#sub-jurisdictions").text()).contains("District of Kansas");
        assertThat(page.select("#servers")).isEmpty();
        Document district = page("/jurisdictions/US-NYSD");
        assertThat(district.select(".breadcrumb").text()).contains("US", "New York", "Southern District of New York");
        assertThat(district.select("#agencies").text()).contains("US Attorney's Office");
    }

    @Test
    void lowerCaseCodesAreNormalised() {
        assertThat(this.mvc.get().uri("/jurisdictions/lv")).hasStatus3xxRedirection()
            .hasRedirectedUrl("/jurisdictions/LV");
        assertThat(this.mvc.get().uri("/jurisdictions/us-ks")).hasRedirectedUrl("/jurisdictions/US-KS");
    }

    @Test
    void unknownOrMalformedCodesAreA404Page() {
        MvcTestResult unknown = this.mvc.get().uri("/jurisdictions/XX").exchange();
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Jsoup.parse(body(unknown))
            .select("main")
            .text()).contains("There is no jurisdiction with the code XX");
        assertThat(this.mvc.get().uri("/jurisdictions/" + "Z".repeat(300))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.get().uri("/jurisdictions/a b")).hasStatus(HttpStatus.NOT_FOUND);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private long count(String sql) {
        return this.jdbc.sql(sql).query(Long.class).single();
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
