package org.takedown.cases;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.HttpSession;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The first pages, fetched over real HTTP from the running application by a signed-in analyst. */
@IntegrationTest
class CasePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpSession session;

    @Test
    void caseListListsTheSparksGroupCase() {
        Document page = Jsoup.parse(get("/cases").body());
        assertThat(page.select("main table tbody tr").text()).contains("TKD-2020-0001", "Sparks Group",
                "Homeland Security Investigations", "Prosecution");
        assertThat(page.select("a[href]").eachAttr("href")).contains("/cases/" + sparksId());
    }

    @Test
    void caseListIsPaginatedAndIgnoresUnknownSortColumns() {
        var response = get("/cases?size=1&sort=nonexistent,desc");
        assertThat(response.status()).isEqualTo(HttpStatus.OK.value());
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("main table tbody tr")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void casePageShowsDefendantsWithTheirRolesAndStatesRaidsPerCountryAndTheServerCount() {
        Document page = Jsoup.parse(get("/cases/" + sparksId()).body());
        assertThat(page.select("h1").text()).contains("TKD-2020-0001", "Sparks Group");
        assertThat(page.select("#defendants tbody tr")).hasSize(3);
        assertThat(page.select("#defendants").text()).contains("George Bridi", "Extradition requested", "Cyprus",
                "Jonathan Correa", "Raid", "Arrested", "Kansas", "Umar Ahmad", "Artist", "At large", "Norway");
        assertThat(page.select("#defendants tbody tr")).allSatisfy(
                (row) -> assertThat(row.select("td").eachText()).contains("Defendant", "2020-08-25"));
        assertThat(page.select("#raid-countries tbody tr")).hasSize(16);
        assertThat(page.select("#raid-countries").text()).contains("Latvia", "South Korea", "United Kingdom");
        assertThat(page.select("#server-count").text()).isEqualTo("60");
        assertThat(page.text()).contains("US Attorney's Office for the Southern District of New York");
        // the sections the defendants and raids modules add, in their order
        assertThat(page.select(".col-lg-8 > section h2").eachAttr("id")).containsExactly("summary-heading",
                "defendants-heading", "raids-heading", "servers-heading", "events-heading");
    }

    @Test
    void unknownCaseIsA404PageWithoutAStackTrace() {
        var response = get("/cases/987654");
        assertThat(response.status()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(Jsoup.parse(response.body()).select("main").text()).contains("There is no case with the id 987654");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void malformedCaseIdIsA400PageWithoutAStackTrace() {
        var response = get("/cases/not-a-number");
        assertThat(response.status()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(response.body()).contains("The request could not be handled").doesNotContain("Exception");
    }

    @Test
    void unknownPathIsA404Page() {
        var response = get("/no/such/page");
        assertThat(response.status()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(response.body()).contains("There is no page at this address");
    }

    private long sparksId() {
        return this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    private HttpSession.Response get(String path) {
        if (this.session == null) {
            this.session = new HttpSession(this.port);
            this.session.signIn("analyst", "takedown-demo");
        }
        return this.session.get(path);
    }

}
