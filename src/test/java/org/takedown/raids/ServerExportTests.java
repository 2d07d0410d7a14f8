package org.takedown.raids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.takedown.export.CsvTestSupport.column;
import static org.takedown.export.CsvTestSupport.csv;
import static org.takedown.export.CsvTestSupport.html;

/** The seized-server grid's CSV export: exactly the grid's rows, safe cells, audited, constant cost. */
@IntegrationTest
@Transactional
class ServerExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    EntityManager entityManager;

    @Test
    void exportOfAFilterHasExactlyTheRowsTheGridShowsInTheSameOrder() {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid riga = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1));
        Raid berlin = this.fixtures.raid(testCase, "DE", LocalDate.of(2020, 6, 1));
        for (int i = 0; i < 7; i++) {
            SeizedServer server = this.fixtures.server(i % 3 == 0 ? berlin : riga, "export-" + (char) ('g' - i)
                    + ".test.example");
            if (i % 2 == 0) {
                server.changeStatus(ServerStatus.IMAGED, RaidFixtures.ON, "test", "imaged", RaidFixtures.AT);
            }
        }
        this.fixtures.flushAndClear();
        String[] filters = { "case=" + testCase.id(), "case=" + testCase.id() + "&country=LV",
                "case=" + testCase.id() + "&status=IMAGED&sort=hostname,asc",
                "case=" + testCase.id() + "&country=lv&status=IMAGED&sort=hostname,desc",
                "case=" + testCase.id() + "&provider=test&sort=seized,asc" };
        for (String filter : filters) {
            List<String> shown = gridHostnames("/servers?" + filter + "&size=2");
            List<CSVRecord> records = csv(this.mvc.get().uri("/servers/export.csv?" + filter + "&size=2&page=1").exchange());
            assertThat(column(records, 1)).as(filter).isNotEmpty().containsExactlyElementsOf(shown);
        }
        assertThat(gridHostnames("/servers?case=" + testCase.id() + "&country=LV&size=2")).hasSize(4);
    }

    @Test
    void exportHasAHeaderRowAndIsADownloadNamedAfterTheListAndTheDay() {
        MvcTestResult result = this.mvc.get().uri("/servers/export.csv?country=LV").exchange();
        List<CSVRecord> records = csv(result);
        assertThat(records.get(0).toList()).containsExactly("ID", "Host name", "Country code", "Country", "Role",
                "Status", "Hosting provider", "Seized on", "Raid ID", "Case");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
            .matches("attachment; filename=\"takedown-servers-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
    }

    @Test
    void formulaInjectionIsNeutralisedAndQuotesCommasAndNewlinesRoundTrip() throws Exception {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid riga = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1));
        this.fixtures.server(riga, "a-formula.test.example").describeHosting("=HYPERLINK(\"http://x\")", 1L);
        this.fixtures.server(riga, "b-quotes.test.example").describeHosting("Say \"hi\", then\nnew line", 2L);
        this.fixtures.server(riga, "c-minus.test.example").describeHosting("-1+1", 3L);
        this.fixtures.flushAndClear();
        MvcTestResult result = this.mvc.get().uri("/servers/export.csv?sort=hostname&case=" + testCase.id())
            .exchange();
        List<CSVRecord> records = csv(result);
        assertThat(column(records, 6)).containsExactly("'=HYPERLINK(\"http://x\")", "Say \"hi\", then\nnew line",
                "'-1+1");
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
            .contains("\"Say \"\"hi\"\", then\nnew line\"");
    }

    @Test
    void badFilterValuesAreIgnoredAsInTheGridNotAnError() {
        for (String filter : List.of("case=abc", "from=garbage", "status=NOPE", "country=XX", "sort=garbage,up",
                "size=100000", "after=-1", "to=2020-01-01&from=2021-01-01", "case=999999999",
                "provider=" + "x".repeat(5000))) {
            assertThat(this.mvc.get().uri("/servers/export.csv?" + filter).exchange()).as(filter)
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8");
        }
    }

    @Test
    void analystsMayExportAnonymousVisitorsAreSentToSignIn() {
        assertThat(this.mvc.get().uri("/servers/export.csv").with(user("a").roles("ANALYST")).exchange())
            .hasStatusOk();
        assertThat(this.mvc.get().uri("/servers/export.csv").with(anonymous()).exchange())
            .hasStatus3xxRedirection()
            .redirectedUrl()
            .endsWith("/login");
    }

    @Test
    void eachExportIsAnAuditLogEntryWithTheListTheFilterAndTheRowCount() {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid riga = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 6, 1));
        this.fixtures.server(riga, "audited-1.test.example");
        this.fixtures.server(riga, "audited-2.test.example");
        this.fixtures.flushAndClear();
        String query = "case=" + testCase.id() + "&country=LV";
        assertThat(this.mvc.get().uri("/servers/export.csv?" + query).with(user("export-auditor").roles("ANALYST"))
            .exchange()).hasStatusOk();
        assertThat(this.jdbc.sql("""
                select event || ' ' || username || ' ' || path || ' ' || detail from audit_log
                where username = 'export-auditor' order by id desc limit 1""").query(String.class).single())
            .isEqualTo("DATA_EXPORTED export-auditor /servers/export.csv list=servers rows=2 filter=" + query);
    }

    @Test
    void paddingTheQueryCannotPushTheAppliedFilterOutOfTheAuditEntry() {
        String query = "x=" + "A".repeat(3_000) + "&country=LV";
        assertThat(this.mvc.get().uri("/servers/export.csv?" + query).with(user("export-padder").roles("ANALYST"))
            .exchange()).hasStatusOk();
        assertThat(this.jdbc.sql("select detail from audit_log where username = 'export-padder' order by id desc limit 1")
            .query(String.class)
            .single()).endsWith("filter=" + query);
    }

    @Test
    void exportCostsTheSameNumberOfStatementsForFiveServersAsForFiveHundred() {
        CaseRef small = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        CaseRef large = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.fixtures.flushAndClear();
        insertServers(small.id(), 5);
        insertServers(large.id(), 500);
        this.counter.reset();
        List<CSVRecord> few = csv(this.mvc.get().uri("/servers/export.csv?case=" + small.id()).exchange());
        int forFew = this.counter.count();
        this.counter.reset();
        List<CSVRecord> many = csv(this.mvc.get().uri("/servers/export.csv?case=" + large.id()).exchange());
        int forMany = this.counter.count();
        assertThat(few).hasSize(6);
        assertThat(many).hasSize(501);
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(4);
    }

    @Test
    void exportedRowsAreRecordsThatNeverPileUpInThePersistenceContext() {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        this.fixtures.flushAndClear();
        insertServers(testCase.id(), 300);
        // the export runs in this test's transaction, so it shares this persistence context
        assertThat(csv(this.mvc.get().uri("/servers/export.csv?case=" + testCase.id()).exchange())).hasSize(301);
        // only the filter's case is loaded (to check that it exists), none of the 300 servers
        assertThat(this.entityManager.unwrap(Session.class).getStatistics().getEntityCount()).isLessThanOrEqualTo(2);
    }

    private void insertServers(long caseId, int count) {
        this.jdbc.sql("""
                insert into seized_server (case_id, country_code, hostname, ip_addresses, role, status, hosting_provider,
                    version, created_at, updated_at)
                select :caseId, 'LV', 'bulk-' || g || '.test.example', array['192.0.2.1']::inet[], 'STORAGE', 'SEIZED',
                    'Bulk hosting', 0, now(), now()
                from generate_series(1, :count) g""").param("caseId", caseId).param("count", count).update();
    }

    /** Every hostname the grid shows for the filter, following its "next" links page by page. */
    private List<String> gridHostnames(String path) {
        List<String> hostnames = new ArrayList<>();
        String next = path;
        while (next != null) {
            Document page = html(this.mvc.get().uri(next).exchange());
            hostnames.addAll(page.select("#servers tbody tr td:first-child a").eachText());
            next = page.select("a[rel=next]").attr("href");
            next = next.isEmpty() ? null : next;
        }
        return hostnames;
    }

}
