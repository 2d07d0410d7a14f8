package org.takedown;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
 * Every list pages by keyset in every order its headers offer (issue 13, point 1): following Next from the first
 * page and then Previous from the last gives every row once, in the list's order, with ties and empty values in the
 * sort column; a typed page number opens by offset only near the start, and a deeper one shows the first page with a
 * message beside the page links; a page costs the same statements however deep it is.
 */
@IntegrationTest
@Transactional
class KeysetPagingTests {

    /** Tuvalu: the demo case has nothing there, so the rows added here are all the country has. */
    private static final String COUNTRY = "TV";

    private static final String TOKEN = "keysetpaging";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @BeforeEach
    void rowsWithTiesAndEmptyValues() {
        CountryActivityRows.inNewCase(this.jdbc, COUNTRY).add(23);
        // ties in every sort column, and no provider or seizure date on some servers
        this.jdbc.sql("""
                update seized_server set hosting_provider = case id % 3 when 0 then 'Alpha' when 1 then null else 'beta' end,
                    seized_on = case when id % 2 = 0 then null else date '2001-01-01' + (id % 3)::int end,
                    role = case when id % 2 = 0 then 'PROXY' else 'STORAGE' end,
                    status = case when id % 3 = 0 then 'IMAGED' else 'SEIZED' end
                where country_code = :country""").param("country", COUNTRY).update();
        this.jdbc.sql("update raid set raid_date = date '2000-01-01' + (id % 4)::int, status = case when id % 2 = 0 "
                + "then 'PLANNED' else 'COMPLETED' end where jurisdiction_code = :country")
            .param("country", COUNTRY)
            .update();
        this.jdbc.sql("update defendant set full_name = case when id % 2 = 0 then 'Same Name' else full_name end, "
                + "legal_status = case when id % 3 = 0 then 'AT_LARGE' else 'IN_CUSTODY' end "
                + "where custody_jurisdiction_code = :country")
            .param("country", COUNTRY)
            .update();
        this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                select 'TKD-1998-' || lpad(g::text, 4, '0'), 'Keysetpaging ' || (g % 4),
                       case when g % 2 = 0 then 'OPERATIONAL' else 'INVESTIGATION' end, 'Paged', a.id,
                       date '1998-01-01' + (g % 3)
                from generate_series(1, 17) g, (select min(id) as id from agency) a
                """).update();
    }

    @Test
    void theServerGridPagesEveryOrderBothWaysWithoutGapsOrRepeats() {
        List<Long> all = ids("select id from seized_server where country_code = 'TV' and voided_at is null");
        for (String sort : List.of("", "id,asc", "hostname,asc", "hostname,desc", "country,asc", "status,asc",
                "status,desc", "role,asc", "role,desc", "provider,asc", "provider,desc", "seized,asc",
                "seized,desc")) {
            assertPagesBothWays("/servers?country=TV&size=5" + (sort.isEmpty() ? "" : "&sort=" + sort),
                    "#servers tbody tr td:first-child a", all);
        }
        // the order itself: without a provider first, then by the provider's name as collated, ties by id
        List<Long> byProvider = walk("/servers?country=TV&size=4&sort=provider,asc", "#servers tbody tr td:first-child a");
        assertThat(byProvider).isEqualTo(ids("""
                select id from seized_server where country_code = 'TV'
                order by coalesce(hosting_provider, ''), id"""));
        List<Long> newestSeizedFirst = walk("/servers?country=TV&size=4&sort=seized,desc",
                "#servers tbody tr td:first-child a");
        assertThat(newestSeizedFirst).isEqualTo(ids("""
                select id from seized_server where country_code = 'TV'
                order by coalesce(seized_on, date '0001-01-01') desc, id desc"""));
    }

    @Test
    void theRaidListPagesEveryOrderBothWays() {
        List<Long> all = ids("select id from raid where jurisdiction_code = 'TV'");
        for (String sort : List.of("", "date,asc", "country,asc", "country,desc", "status,asc", "status,desc")) {
            assertPagesBothWays("/raids?country=TV&size=5" + (sort.isEmpty() ? "" : "&sort=" + sort),
                    "#raids tbody tr td:first-child a", all);
        }
        assertThat(walk("/raids?country=TV&size=5", "#raids tbody tr td:first-child a"))
            .isEqualTo(ids("select id from raid where jurisdiction_code = 'TV' order by raid_date desc, id desc"));
    }

    @Test
    void theDefendantListPagesEveryOrderBothWays() {
        List<Long> all = ids("select id from defendant where custody_jurisdiction_code = 'TV'");
        for (String sort : List.of("", "name,desc", "status,asc", "status,desc")) {
            assertPagesBothWays("/defendants?country=TV&size=5" + (sort.isEmpty() ? "" : "&sort=" + sort),
                    "#defendants tbody tr td:first-child a", all);
        }
        assertThat(walk("/defendants?country=TV&size=4&sort=status,asc", "#defendants tbody tr td:first-child a"))
            .isEqualTo(ids("""
                    select id from defendant where custody_jurisdiction_code = 'TV'
                    order by legal_status, full_name, id"""));
    }

    @Test
    void theCaseListPagesEveryOrderBothWays() {
        List<Long> all = ids("select id from enforcement_case where title like 'Keysetpaging %'");
        for (String sort : List.of("", "reference,asc", "title,asc", "title,desc", "status,asc", "status,desc",
                "openedOn,asc")) {
            assertPagesBothWays("/cases?q=" + TOKEN + "&size=4" + (sort.isEmpty() ? "" : "&sort=" + sort),
                    "#cases tbody tr td:first-child a", all);
        }
    }

    @Test
    void aTypedPageOpensNearTheStartAndADeepOneSaysWhyItShowsTheFirstPage() {
        Document third = page("/servers?country=TV&size=5&page=2");
        assertThat(third.select(".list-position").text()).isEqualTo("Rows 11–15 of 23");
        assertThat(third.select(".page-too-deep")).isEmpty();

        Document deep = page("/servers?country=TV&size=5&page=2000");
        assertThat(deep.select(".page-too-deep").text()).startsWith("Page 2,001 is too deep to open directly")
            .contains("pages up to 101");
        assertThat(deep.select(".list-position").text()).isEqualTo("Rows 1–5 of 23");
        assertThat(deep.select("a[rel=next]").attr("href")).contains("after=").doesNotContain("page=");

        // a cursor that is not one (a hand-edited link) is the first page, never an error
        for (String cursor : List.of("after=abc", "before=!!!", "after=MTAw", "before=LTEAMQ")) {
            assertThat(page("/servers?country=TV&size=5&" + cursor).select(".list-position").text())
                .as(cursor)
                .isEqualTo("Rows 1–5 of 23");
        }
    }

    @Test
    void aDeepPageCostsTheSameStatementsAsTheFirst() {
        for (String list : List.of("/servers?country=TV&size=2", "/raids?country=TV&size=2",
                "/defendants?country=TV&size=2", "/cases?q=" + TOKEN + "&size=2")) {
            for (String sort : List.of("", "&sort=status,desc")) {
                this.counter.reset();
                Document first = page(list + sort);
                long firstStatements = this.counter.count();
                String next = first.select("a[rel=next]").attr("href");
                for (int i = 0; i < 4; i++) {
                    next = page(next).select("a[rel=next]").attr("href");
                }
                this.counter.reset();
                Document deep = page(next);
                assertThat(this.counter.count()).as(list + sort).isEqualTo(firstStatements);
                assertThat(deep.select(".list-position").text()).as(list + sort).startsWith("Rows 11–12 of ");
            }
        }
    }

    /** Next from the first page to the last, then Previous back: every row once, the same order both ways. */
    private void assertPagesBothWays(String uri, String rowLinks, List<Long> expected) {
        Map<String, Document> pages = new LinkedHashMap<>();
        List<Long> forward = new ArrayList<>();
        String next = uri;
        Document last = null;
        while (!next.isEmpty()) {
            last = page(next);
            pages.put(next, last);
            forward.addAll(rowIds(last, rowLinks));
            next = last.select("a[rel=next]").attr("href");
        }
        assertThat(forward).as(uri).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

        List<List<Long>> backward = new ArrayList<>();
        backward.add(rowIds(last, rowLinks));
        String previous = last.select("a[rel=prev]").attr("href");
        while (!previous.isEmpty()) {
            Document page = page(previous);
            backward.add(rowIds(page, rowLinks));
            previous = page.select("a[rel=prev]").attr("href");
        }
        Collections.reverse(backward);
        assertThat(backward.stream().flatMap(List::stream).toList()).as(uri + " backwards").isEqualTo(forward);
    }

    private List<Long> walk(String uri, String rowLinks) {
        List<Long> ids = new ArrayList<>();
        String next = uri;
        while (!next.isEmpty()) {
            Document page = page(next);
            ids.addAll(rowIds(page, rowLinks));
            next = page.select("a[rel=next]").attr("href");
        }
        return ids;
    }

    private static List<Long> rowIds(Document page, String rowLinks) {
        return page.select(rowLinks)
            .eachAttr("href")
            .stream()
            .map((href) -> Long.valueOf(href.substring(href.lastIndexOf('/') + 1)))
            .toList();
    }

    private List<Long> ids(String sql) {
        return this.jdbc.sql(sql).query(Long.class).list();
    }

    private Document page(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
