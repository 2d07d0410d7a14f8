package org.takedown;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.support.CountryActivityRows;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every list shares (issue 12, point 6): the record's name links to its page, sortable headers say how the list
 * is sorted and sort the other way when clicked, the list says how many rows it holds (a bound where counting would
 * cost too much, marked as such), and the page size can be chosen and is kept.
 */
@IntegrationTest
@Transactional
class ListPagesTests {

    /** Tuvalu: the demo case has nothing there, so the rows a test adds are all the country has. */
    private static final String COUNTRY = "TV";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void theNameOfEachRecordLinksToItsPage() {
        long sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        Element caseRow = page("/cases?q=sparks").selectFirst("#cases tbody tr");
        assertThat(caseRow.select("a").eachAttr("href")).containsExactly("/cases/" + sparks, "/cases/" + sparks);
        assertThat(caseRow.select("a").eachText()).containsExactly("TKD-2020-0001", "Sparks Group");

        Element raidLink = page("/raids?case=" + sparks).selectFirst("#raids tbody tr a");
        assertThat(raidLink.attr("href")).matches("/raids/\\d+");
        // the visible date is part of the accessible name, which says what the date stands for
        assertThat(raidLink.attr("aria-label")).startsWith("Raid in ").endsWith(" on " + raidLink.text());

        assertThat(page("/servers?case=" + sparks).select("#servers tbody tr td:first-child a").eachAttr("href"))
            .isNotEmpty()
            .allMatch((href) -> href.matches("/servers/\\d+"));
        assertThat(page("/defendants?case=" + sparks).select("#defendants tbody tr td:first-child a").eachText())
            .contains("George Bridi");
        assertThat(page("/jurisdictions?country=LV").select("#countries tbody td:first-child a").eachAttr("href"))
            .containsExactly("/jurisdictions/LV");

        Element hit = page("/search?q=sparks").selectFirst("#search-cases .search-hits li");
        assertThat(hit.select("a").eachText()).containsExactly("TKD-2020-0001", "Sparks Group");
        assertThat(page("/jurisdictions/LV").select("#cases tbody tr td:nth-child(2) a").eachText())
            .contains("Sparks Group");
    }

    @Test
    void aSortableHeaderSaysHowTheListIsSortedAndSortsTheOtherWayWhenClicked() {
        Document byDefault = page("/cases");
        // newest first; the reference only breaks ties, so one header says it is sorted
        assertThat(byDefault.select("#cases th[aria-sort]:not([aria-sort=none])").eachText())
            .containsExactly("Opened");
        Element opened = header(byDefault, "#cases", "openedOn");
        assertThat(opened.attr("aria-sort")).isEqualTo("descending");
        assertThat(opened.select("i.bi-caret-down-fill")).hasSize(1);
        assertThat(opened.selectFirst("a").attr("href")).isEqualTo("/cases?sort=openedOn,asc");

        Document byTitle = page("/cases?q=a&sort=title,asc");
        Element title = header(byTitle, "#cases", "title");
        assertThat(title.attr("aria-sort")).isEqualTo("ascending");
        assertThat(title.select("i.bi-caret-up-fill")).hasSize(1);
        assertThat(title.selectFirst("a").attr("href")).isEqualTo("/cases?q=a&sort=title,desc");
        Element reference = header(byTitle, "#cases", "reference");
        assertThat(reference.attr("aria-sort")).isEqualTo("none");
        assertThat(reference.select("i.sort-idle")).hasSize(1);
        assertThat(reference.selectFirst("a").attr("href")).isEqualTo("/cases?q=a&sort=reference,asc");

        Element hostname = header(page("/servers?sort=hostname,desc&size=20"), "#servers", "hostname");
        assertThat(hostname.attr("aria-sort")).isEqualTo("descending");
        assertThat(hostname.selectFirst("a").attr("href")).isEqualTo("/servers?size=20&sort=hostname,asc");
        assertThat(header(page("/raids"), "#raids", "date").attr("aria-sort")).isEqualTo("descending");
        assertThat(header(page("/defendants?sort=status,desc"), "#defendants", "status").attr("aria-sort"))
            .isEqualTo("descending");
        assertThat(header(page("/jurisdictions?sort=servers,desc"), "#countries", "servers").attr("aria-sort"))
            .isEqualTo("descending");
    }

    @Test
    void everyListSaysHowManyRowsItHolds() {
        assertThat(total(page("/cases?q=sparks"))).isEqualTo("1 case");
        assertThat(total(page("/cases?q=no-such-case-anywhere"))).isEqualTo("No cases");
        long raids = this.jdbc.sql("select count(*) from raid").query(Long.class).single();
        assertThat(total(page("/raids"))).isEqualTo("%,d raids".formatted(raids));
        long defendants = this.jdbc.sql("select count(*) from defendant where merged_into_id is null")
            .query(Long.class)
            .single();
        assertThat(total(page("/defendants"))).isEqualTo("%,d defendants".formatted(defendants));
        assertThat(total(page("/jurisdictions?country=LV"))).isEqualTo("1 country");
        long users = this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
        assertThat(total(page("/admin/users"))).isEqualTo("%,d users".formatted(users));
        assertThat(total(page("/admin/audit"))).matches("[\\d,]+ entr(y|ies)");
    }

    @Test
    void theServerGridCountsExactlyFromItsCountersAndStopsCountingAWeakFilterAtAThousand() {
        CountryActivityRows rows = CountryActivityRows.inNewCase(this.jdbc, COUNTRY);
        rows.add(1_001);
        long caseId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-1999-9001'")
            .query(Long.class)
            .single();
        // a voided server counts nowhere, the counters included
        this.jdbc.sql("""
                update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'counted out'
                where id = (select min(id) from seized_server where case_id = :case)
                """).param("case", caseId).update();
        long all = this.jdbc.sql("select count(*) from seized_server where voided_at is null")
            .query(Long.class)
            .single();

        Document unfiltered = page("/servers");
        assertThat(total(unfiltered)).isEqualTo("%,d servers".formatted(all));
        assertThat(unfiltered.selectFirst("#result-count").attr("data-exact")).isEqualTo("true");
        assertThat(total(page("/servers?country=" + COUNTRY))).isEqualTo("1,000 servers");
        assertThat(total(page("/servers?country=" + COUNTRY + "&status=SEIZED"))).isEqualTo("1,000 servers");
        assertThat(total(page("/servers?country=" + COUNTRY + "&status=IMAGED"))).isEqualTo("No servers");

        // the case filter is counted, up to the cap: 1,000 matches are exact
        assertThat(total(page("/servers?case=" + caseId))).isEqualTo("1,000 servers");
        rows.add(1);
        Document beyond = page("/servers?case=" + caseId);
        assertThat(total(beyond)).isEqualTo("More than 1,000 servers");
        assertThat(beyond.selectFirst("#result-count").attr("data-exact")).isEqualTo("false");
        assertThat(total(page("/servers?case=" + caseId + "&role=PROXY"))).isEqualTo("No servers");
    }

    @Test
    void thePageSizeIsChosenKeptInTheLinksAndBounded() {
        CountryActivityRows rows = CountryActivityRows.inNewCase(this.jdbc, COUNTRY);
        rows.add(120);

        Document fifty = page("/raids?country=" + COUNTRY + "&size=50");
        assertThat(fifty.select("#raids tbody tr")).hasSize(50);
        assertThat(fifty.select(".page-size [aria-current]").text()).isEqualTo("50");
        assertThat(fifty.select(".page-size a").eachAttr("href")).containsExactly(
                "/raids?country=TV&size=20", "/raids?country=TV&size=100", "/raids?country=TV&size=200");
        assertThat(fifty.selectFirst("a[rel=next]").attr("href")).startsWith("/raids?country=TV&size=50&after=");
        assertThat(header(fifty, "#raids", "status").selectFirst("a").attr("href"))
            .isEqualTo("/raids?country=TV&size=50&sort=status,asc");
        // the filter form sends the size again, the CSV export holds every row whatever the size
        assertThat(fifty.select("input[type=hidden][name=size][form=raid-filter]").attr("value")).isEqualTo("50");
        assertThat(fifty.selectFirst(".list-export a").attr("href")).isEqualTo("/raids/export.csv?country=TV");
        assertThat(page("/raids?country=" + COUNTRY).select("input[name=size]")).isEmpty();

        Document servers = page("/servers?country=" + COUNTRY + "&size=100");
        assertThat(servers.select("#servers tbody tr")).hasSize(100);
        String next = servers.selectFirst("a[rel=next]").attr("href");
        assertThat(next).startsWith("/servers?country=TV&size=100&after=");
        assertThat(page(next).select("#servers tbody tr")).hasSize(20);

        // beyond the largest offered size the page is capped, a size that is no number is the default
        assertThat(page("/raids?country=" + COUNTRY + "&size=100000").select("#raids tbody tr")).hasSize(120);
        assertThat(page("/raids?country=" + COUNTRY + "&size=abc").select("#raids tbody tr")).hasSize(20);
        MvcTestResult nul = this.mvc.get().uri("/raids").param("country", COUNTRY).param("size", "\u0000").exchange();
        assertThat(nul).hasStatusOk();
        assertThat(html(nul).select("#raids tbody tr")).hasSize(20);
    }

    @Test
    void theTotalAndThePageSizeCostTheSameStatementsFor5And500Servers() {
        CountryActivityRows rows = CountryActivityRows.inNewCase(this.jdbc, COUNTRY);
        long caseId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-1999-9001'")
            .query(Long.class)
            .single();
        List<String> uris = List.of("/servers?size=200", "/servers?country=" + COUNTRY + "&size=200",
                "/servers?case=" + caseId + "&size=200", "/cases?size=200", "/raids?size=200",
                "/defendants?size=200");
        rows.add(5);
        List<Integer> few = uris.stream().map(this::statements).toList();
        rows.add(495);
        List<Integer> many = uris.stream().map(this::statements).toList();
        assertThat(many).isEqualTo(few);
    }

    private int statements(String uri) {
        // once to warm the caches (the country picker's list), then counted
        page(uri);
        this.counter.reset();
        page(uri);
        return this.counter.count();
    }

    private static Element header(Document page, String table, String property) {
        return page.selectFirst(table + " th:has(a[data-sort=" + property + "])");
    }

    private static String total(Document page) {
        return page.selectFirst("#result-count").text();
    }

    private Document page(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
