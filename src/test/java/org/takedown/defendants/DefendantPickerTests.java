package org.takedown.defendants;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The nationality, custody and extradition jurisdictions are pickers whose options read by name and code. */
@IntegrationTest
@Transactional
class DefendantPickerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefendantFormsPickJurisdictionsByName() throws Exception {
        long bridi = this.jdbc.sql("select id from defendant where full_name = 'George Bridi'").query(Long.class).single();

        Document edit = Jsoup.parse(this.mvc.get().uri("/defendants/{id}/edit", bridi).exchange().getResponse()
            .getContentAsString());
        assertThat(edit.select("select[name=nationality][data-picker=code] option[selected]").text())
            .isEqualTo("United Kingdom (GB)");
        assertThat(edit.select("select[name=custodyJurisdiction][data-picker=code] option[selected]").text())
            .isEqualTo("Cyprus (CY)");
        assertThat(edit.select("select[name=custodyJurisdiction] option[value=US-NYSD]").text())
            .contains("(US-NYSD)");
        assertThat(edit.select("input[list], datalist")).isEmpty();

        Document extradition = Jsoup.parse(this.mvc.get().uri("/defendants/{id}/extraditions/new", bridi).exchange()
            .getResponse()
            .getContentAsString());
        for (String field : new String[] { "requestingJurisdiction", "requestedJurisdiction" }) {
            assertThat(extradition.select("select[name=" + field + "][data-picker=code] option[value=IE]").text())
                .as(field)
                .isEqualTo("Ireland (IE)");
        }
    }

    @Test
    void theListFilterPicksANationalityByName() throws Exception {
        Document list = Jsoup.parse(this.mvc.get().uri("/defendants?nationality=NO").exchange().getResponse()
            .getContentAsString());
        assertThat(list.select("select#filter-nationality[data-picker=code] option[selected]").text())
            .isEqualTo("Norway (NO)");
        assertThat(list.select("select#filter-country[data-picker=code] option[value=CY]").text())
            .isEqualTo("Cyprus (CY)");
    }

}
