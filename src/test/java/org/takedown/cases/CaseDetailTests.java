package org.takedown.cases;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.cases.CaseListTests.html;

/** The case page: servers, links, the status form, and the same statements for small and large cases. */
@IntegrationTest
@Transactional
class CaseDetailTests {

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
    void showsTheSparksGroupServersPagedWithLinksToDefendantsRaidsAndServers() {
        long id = sparksId();
        MvcTestResult result = this.mvc.get().uri("/cases/" + id).exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/show");
        Document page = html(result);
        assertThat(page.select("#servers tbody tr")).hasSize(20);
        assertThat(page.select("#servers-heading").text()).isEqualTo("Seized servers (60)");
        assertThat(page.select("#server-count").text()).isEqualTo("60");
        assertThat(page.select("#servers-section .pagination").text()).contains("Page 1 of 3");
        assertThat(page.select("#all-servers").attr("href")).isEqualTo("/servers?case=" + id);
        assertThat(page.select("#defendants a").eachText()).contains("George Bridi", "Jonathan Correa", "Umar Ahmad");
        assertThat(page.select("#defendants a").eachAttr("href")).allMatch((href) -> href.matches("/defendants/\\d+"));
        assertThat(page.select("#raid-countries a").eachAttr("href")).contains("/raids?case=" + id + "&country=LV");
        assertThat(page.select("#edit-case").attr("href")).isEqualTo("/cases/" + id + "/edit");
        assertThat(page.select("#log-raid").attr("href")).isEqualTo("/cases/" + id + "/raids/new");
        assertThat(page.select("#status-form").attr("action")).isEqualTo("/cases/" + id + "/status");
        // the demo case is in prosecution: it may go back to operational, be suspended or closed
        assertThat(page.select("#status option").eachAttr("value")).containsExactly("", "OPERATIONAL", "SUSPENDED",
                "CLOSED");

        Document third = html(this.mvc.get().uri("/cases/" + id + "?page=2").exchange());
        assertThat(third.select("#servers tbody tr")).hasSize(20);
        assertThat(third.select("#servers tbody tr").first().text())
            .isNotEqualTo(page.select("#servers tbody tr").first().text());
    }

    @Test
    void caseWithoutAnythingShowsEmptySections() {
        long id = this.fixtures.oneCase("Empty " + System.nanoTime(), CaseStatus.INVESTIGATION);
        Document page = html(this.mvc.get().uri("/cases/" + id + "?page=-3&size=100000&sort=bogus").exchange());
        assertThat(page.select("#servers-section").text()).contains("No servers are recorded for this case.");
        assertThat(page.select("#server-count").text()).isEqualTo("0");
    }

    @Test
    void unknownCaseIsA404() {
        MvcTestResult result = this.mvc.get().uri("/cases/987654321").exchange();
        assertThat(result).hasStatus(404);
        assertThat(html(result).select("main").text()).contains("There is no case with the id 987654321");
    }

    @Test
    void pageCostsTheSameStatementsForFiveAndFiveHundredRowsOfEachKind() {
        long small = this.fixtures.oneCase("Small " + System.nanoTime(), CaseStatus.INVESTIGATION);
        fill(small, 5);
        long large = this.fixtures.oneCase("Large " + System.nanoTime(), CaseStatus.INVESTIGATION);
        fill(large, 500);

        // size=5: a page that holds every row would skip its count query, which is not what is measured here
        this.counter.reset();
        Document smallPage = html(this.mvc.get().uri("/cases/" + small + "?size=5").exchange());
        int forFive = this.counter.count();
        this.counter.reset();
        Document largePage = html(this.mvc.get().uri("/cases/" + large + "?size=5").exchange());
        int forFiveHundred = this.counter.count();

        assertThat(smallPage.select("#defendants tbody tr")).hasSize(5);
        assertThat(largePage.select("#defendants tbody tr")).hasSize(500);
        assertThat(largePage.select("#defendants tbody tr").first().text()).contains("alias");
        // the status history shows its latest 20 changes and says how many earlier ones the History tab has
        assertThat(largePage.select("#timeline li")).hasSize(20);
        assertThat(largePage.select("#timeline-earlier").text()).contains("480 earlier");
        assertThat(smallPage.select("#timeline-earlier")).isEmpty();
        assertThat(largePage.select("#servers tbody tr")).hasSize(5);
        assertThat(largePage.select("#server-count").text()).isEqualTo("500");
        assertThat(forFiveHundred).isEqualTo(forFive).isLessThanOrEqualTo(8);
    }

    private void fill(long caseId, int rows) {
        this.fixtures.statusChanges(caseId, rows);
        this.fixtures.defendants(caseId, rows);
        long raid = this.fixtures.raid(caseId, "LV", LocalDate.of(2020, 5, 1));
        this.fixtures.servers(caseId, "LV", rows, LocalDate.of(2020, 5, 1));
        this.jdbc.sql("update seized_server set raid_id = :raid where case_id = :caseId")
            .param("raid", raid)
            .param("caseId", caseId)
            .update();
    }

    private long sparksId() {
        return this.fixtures.count("select id from enforcement_case where reference = 'TKD-2020-0001'");
    }

}
