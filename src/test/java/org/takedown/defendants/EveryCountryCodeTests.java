package org.takedown.defendants;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.defendants.DefendantListTests.html;

/**
 * Every country shows wherever a country is shown, whatever its code: Thymeleaf reads the strings "no", "off" and
 * "false" as false, which once blanked Norway (NO). One defendant per country, a national of it held there, all in
 * one case; then the defendant list, each country's page, the search and the case report must name each.
 */
@IntegrationTest
@Transactional
class EveryCountryCodeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCountryCodeShowsOnTheListsTheCountryPagesTheSearchAndTheCaseReport() throws IOException {
        DefendantFixtures fixtures = new DefendantFixtures(this.jdbc);
        String tag = DefendantFixtures.uniqueTag();
        long caseId = fixtures.newCase("Every code " + tag, LocalDate.of(2020, 1, 1));
        Map<String, String> countries = new java.util.TreeMap<>();
        this.jdbc.sql("select code, name from jurisdiction where kind = 'COUNTRY'")
            .query((rs, n) -> countries.put(rs.getString("code"), rs.getString("name")))
            .list();
        assertThat(countries).hasSize(249).containsEntry("NO", "Norway");
        this.jdbc.sql("""
                insert into defendant (full_name, legal_status, nationality_code, custody_jurisdiction_code, arrested_on)
                select 'Everycode ' || ? || ' ' || code, 'IN_CUSTODY', code, code, current_date
                from jurisdiction where kind = 'COUNTRY'""").param(tag).update();
        this.jdbc.sql("""
                insert into case_defendant (case_id, defendant_id, role, since)
                select ?, id, 'DEFENDANT', date '2020-01-02' from defendant where full_name like ?""")
            .params(caseId, "Everycode " + tag + " %").update();
        Map<String, Long> ids = new java.util.HashMap<>();
        this.jdbc.sql("select id, full_name from defendant where full_name like ?").param("Everycode " + tag + " %")
            .query((rs, n) -> ids.put(rs.getString("full_name").substring(rs.getString("full_name").length() - 2),
                    rs.getLong("id")))
            .list();

        // the defendant list: nationality and custody of every row, 100 rows a page
        List<Element> rows = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            rows.addAll(html(this.mvc.get().uri("/defendants").param("q", "Everycode " + tag).param("size", "100")
                .param("page", String.valueOf(page)).exchange()).select("#defendants tbody tr"));
        }
        assertThat(rows).hasSize(249);
        for (Element row : rows) {
            String code = row.child(0).text().substring(row.child(0).text().length() - 2);
            String flag = ".fi-" + code.toLowerCase();
            assertThat(row.child(2).text()).as("nationality of %s on the list", code).isEqualTo(countries.get(code));
            assertThat(row.child(2).select(flag)).as("flag of %s", code).hasSize(1);
            assertThat(row.child(4).text()).as("custody of %s on the list", code).isEqualTo(countries.get(code));
        }

        countries.forEach((code, name) -> {
            // the country page: its defendant in custody there, with their nationality
            Document page = html(this.mvc.get().uri("/jurisdictions/" + code).exchange());
            Element row = page.select("#in-custody tr:has(a[href=/defendants/" + ids.get(code) + "])").first();
            assertThat(row).as("in custody in %s", code).isNotNull();
            assertThat(row.text()).as("nationality on the page of %s", code).contains(name);
            assertThat(row.select(".fi-" + code.toLowerCase())).as("flag on the page of %s", code).isNotEmpty();
            // the search: the closest hit is the defendant, with the flag of their nationality
            Document search = html(this.mvc.get().uri("/search").param("q", "Everycode " + tag + " " + code).exchange());
            Element hit = search.select("li:has(a[href=/defendants/" + ids.get(code) + "])").first();
            assertThat(hit).as("search hit of %s", code).isNotNull();
            assertThat(hit.select(".fi-" + code.toLowerCase())).as("flag in the search of %s", code).hasSize(1);
        });

        byte[] pdf = this.mvc.get().uri("/cases/" + caseId + "/report.pdf").exchange().getResponse()
            .getContentAsByteArray();
        String report;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            report = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        countries.forEach((code, name) -> assertThat(report).as("nationality %s in the report", code)
            .contains("Everycode " + tag + " " + code).contains(name.replaceAll("\\s+", " ")));
    }

}
