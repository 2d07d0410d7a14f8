package org.takedown.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates PostgreSQL cannot store are refused where they are typed, in every form, instead of failing as a 500. */
@IntegrationTest
@Transactional
class StorableDateTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDateBeyondTheYearsPostgresqlKeepsIsAFieldErrorAndNothingIsSaved() throws Exception {
        long id = this.jdbc.sql("select min(id) from defendant").query(Long.class).single();
        long version = this.jdbc.sql("select version from defendant where id = :id").param("id", id)
            .query(Long.class).single();
        for (String date : new String[] { "-5000-01-01", "+999999999-12-31", "0000-01-01" }) {
            MvcTestResult result = this.mvc.post().uri("/defendants/{id}", id).param("fullName", "Out Of Range")
                .param("dateOfBirth", date).param("version", String.valueOf(version)).exchange();
            assertThat(result).as(date).hasStatusOk();
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.select("#dateOfBirth-error").text()).as(date).isEqualTo("Enter a date as YYYY-MM-DD.");
        }
        assertThat(this.jdbc.sql("select count(*) from defendant where full_name = 'Out Of Range'").query(Long.class)
            .single()).isZero();
    }

    @Test
    void theFirstAndLastStorableYearsStillParse() throws Exception {
        for (String date : new String[] { "0001-01-01", "9999-12-31" }) {
            assertThat(this.mvc.get().uri("/raids?from=" + date).exchange()).as(date).hasStatusOk()
                .bodyText().doesNotContain("YYYY-MM-DD");
        }
    }

}
