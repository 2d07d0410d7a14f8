package org.takedown.raids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.jurisdictions.TimeZones;
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
 * The raid form's pickers as the server renders them (plain selects that work without JavaScript, options by name
 * and code) and the time zone proposed from the jurisdiction: first in the list, and taken when left empty where the
 * country has only one.
 */
@IntegrationTest
@Transactional
class RaidPickerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TimeZones timeZones;

    long caseId;

    @BeforeEach
    void sparksCase() {
        this.caseId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    @Test
    void jurisdictionAndAgencyPickersAreSelectsWhoseOptionsReadByName() {
        Document page = html(this.mvc.get().uri("/cases/{id}/raids/new", this.caseId).exchange());

        Element jurisdiction = page.selectFirst("select[name=jurisdictionCode]");
        assertThat(jurisdiction.attr("data-picker")).isEqualTo("code");
        assertThat(jurisdiction.select("option[value=IE]").text()).isEqualTo("Ireland (IE)");
        assertThat(jurisdiction.select("option[value=US-KS]").text()).isEqualTo("Kansas (US-KS)");
        assertThat(jurisdiction.select("option[value=US-KS]").attr("data-country")).isEqualTo("US");
        // each country is followed by the jurisdictions inside it
        List<String> codes = jurisdiction.select("option").eachAttr("value");
        assertThat(codes.indexOf("US-KS")).isGreaterThan(codes.indexOf("US"));
        assertThat(codes.indexOf("US-KS")).isLessThan(codes.indexOf("UY"));

        assertThat(page.select("select[name=leadAgencyId]").attr("data-picker")).isEmpty();
        assertThat(page.select("select[name=leadAgencyId]").hasAttr("data-picker")).isTrue();
        // the agency pickers load their options as the user types; the page holds only the chosen agencies
        assertThat(page.select("select[name=participatingAgencyIds][multiple][data-picker] option")).isEmpty();
        assertThat(page.select("select[name=participatingAgencyIds]").attr("data-picker-source"))
            .isEqualTo("/agencies/options");
        assertThat(page.select("select[name=servers[0].countryCode] option").eachText()).startsWith(
                "Same country as the raid", "Afghanistan (AF)");
        assertThat(page.select("select[name=timeZone]").attr("data-zones-of")).isEqualTo("jurisdictionCode");
    }

    @Test
    void theZonesOfTheJurisdictionsCountryComeFirstWhenTheFormComesBack() {
        MvcTestResult result = post(raid("US-KS", ""), "addServer", "1");
        Element zones = html(result).selectFirst("select[name=timeZone]");

        Element proposed = zones.selectFirst("optgroup[data-proposed]");
        assertThat(proposed.attr("label")).isEqualTo("Time zones of Kansas (US-KS)");
        assertThat(proposed.select("option").eachAttr("value")).contains("America/Chicago", "America/New_York",
                "Pacific/Honolulu").hasSize(this.timeZones.ofCountry("US").size());
        assertThat(proposed.select("option[value=America/Denver]").text())
            .isEqualTo("America/Denver — Mountain (most areas)");
        assertThat(zones.select("optgroup[data-all] option").eachAttr("value")).contains("Europe/Riga")
            .doesNotContain("America/Chicago");
        // several zones: none is chosen for the user
        assertThat(zones.select("option[selected]")).isEmpty();
    }

    @Test
    void aFormThatComesBackKeepsItsChosenAgenciesAsTheOnlyOptions() {
        String hsi = this.jdbc.sql("select id from agency where acronym = 'HSI'").query(String.class).single();
        String sdny = this.jdbc.sql("select id from agency where acronym = 'USAO-SDNY'").query(String.class).single();
        Document page = html(post(raid("US-KS", ""), "leadAgencyId", hsi, "participatingAgencyIds", sdny));
        assertThat(page.select("select[name=leadAgencyId] option[selected]").eachText())
            .containsExactly("Homeland Security Investigations (HSI, US)");
        // the agencies the form holds, whichever picker holds them
        assertThat(page.select("select[name=participatingAgencyIds] option").eachText()).hasSize(2);
        assertThat(page.select("select[name=participatingAgencyIds] option[selected]").eachText()).containsExactly(
                "US Attorney's Office for the Southern District of New York (USAO-SDNY, US-NYSD)");
    }

    @Test
    void aTimeZoneLeftEmptyIsTheCountrysOnlyOne() {
        String host = "only-zone.picker.example";
        MvcTestResult result = post(raid("IE", ""), "servers[0].hostname", host);
        assertThat(result).hasStatus3xxRedirection();
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select r.time_zone from raid r join seized_server s on s.raid_id = r.id "
                + "where s.hostname = ?").param(host).query(String.class).single()).isEqualTo("Europe/Dublin");
    }

    @Test
    void aTimeZoneLeftEmptyInACountryOfSeveralZonesIsRequired() {
        MvcTestResult result = post(raid("US-KS", ""));
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        assertThat(errorOf(html(result), "timeZone")).isEqualTo("This field is required.");
    }

    @Test
    void anUnknownJurisdictionCodeIsAFieldErrorNotAServerError() {
        // a name typed where the code belongs (a hand-made request; the picker submits codes)
        MvcTestResult result = post(raid("Ireland", "Europe/Dublin"));
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        assertThat(errorOf(html(result), "jurisdictionCode")).startsWith("There is no jurisdiction with the code");
    }

    @Test
    void everyCountryWithAZoneTableRowHasAZoneToPropose() {
        // Ireland one, the United States many; a zone tzdata places in no country is still offered
        assertThat(this.timeZones.onlyZoneOf("ie")).contains("Europe/Dublin");
        assertThat(this.timeZones.onlyZoneOf("US")).isEmpty();
        assertThat(this.timeZones.ofCountry("LU")).extracting(TimeZones.TimeZoneOption::id)
            .containsExactly("Europe/Luxembourg");
        assertThat(this.timeZones.all()).extracting(TimeZones.TimeZoneOption::id).contains("Europe/Riga",
                "America/Indiana/Indianapolis");
        List<String> countries = this.jdbc.sql("select code from jurisdiction where kind = 'COUNTRY'")
            .query(String.class)
            .list();
        assertThat(countries.stream().filter((code) -> this.timeZones.ofCountry(code).isEmpty()).toList())
            .as("countries without a zone in zone.tab").hasSizeLessThan(5);
    }

    private Map<String, String> raid(String jurisdiction, String timeZone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("jurisdictionCode", jurisdiction);
        form.put("status", "COMPLETED");
        form.put("raidDate", "2021-05-04");
        form.put("timeZone", timeZone);
        form.put("legalBasis", "EIO");
        form.put("arrestsMade", "0");
        form.put("servers[0].hostname", "a.picker.example");
        form.put("servers[0].role", "STORAGE");
        return form;
    }

    private MvcTestResult post(Map<String, String> form, String... more) {
        MockMvcRequestBuilder request = this.mvc.post().uri("/cases/{id}/raids", this.caseId);
        Map<String, String> all = new LinkedHashMap<>(form);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        all.forEach(request::param);
        return request.exchange();
    }

}
