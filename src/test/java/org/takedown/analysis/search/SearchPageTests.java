package org.takedown.analysis.search;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The search page against the demo data (and rows of each test's own, rolled back). */
@IntegrationTest
class SearchPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void aMisspelledSurnameFindsTheDefendant() {
        Document page = search("Bridie");
        assertThat(texts(page, "#search-defendants .search-hits li a")).first().isEqualTo("George Bridi");
        assertThat(page.selectFirst("#search-defendants .search-hits li a").attr("href"))
            .matches("/defendants/\\d+");
    }

    @Test
    void aMisspelledAliasFindsTheDefendantAndSaysWhichAlias() {
        Document page = search("Artst");
        Element first = page.selectFirst("#search-defendants .search-hits li");
        assertThat(first.selectFirst("a").text()).isEqualTo("Umar Ahmad");
        assertThat(first.selectFirst(".search-alias").text()).contains("Artist");
    }

    @Test
    void aSwapOrAChangedLetterInADemoNameFindsTheDefendant() {
        assertThat(texts(search("Brdii"), "#search-defendants .search-hits li a")).first().isEqualTo("George Bridi");
        assertThat(texts(search("Corera"), "#search-defendants .search-hits li a")).first()
            .isEqualTo("Jonathan Correa");
        assertThat(texts(search("Ahmda"), "#search-defendants .search-hits li a")).first().isEqualTo("Umar Ahmad");
        assertThat(texts(search("Umar Ahmda"), "#search-defendants .search-hits li a")).first()
            .isEqualTo("Umar Ahmad");
        assertThat(texts(search("Atrist"), "#search-defendants .search-hits li a")).first().isEqualTo("Umar Ahmad");
    }

    @Test
    @Transactional
    void misspeltSurnamesFindDefendantsAndTheServersOfProvidersNamedAfterThem() {
        defendant("Laverne Klein");
        long smitham = defendant("Lyle Smitham");
        defendant("Avery Blick");
        alias(smitham, "Darkhorse");
        server("misspelt-01.search.example", "Kunze, Smitham and Blick Hosting", "198.51.100.77");

        assertThat(texts(search("Kleni"), "#search-defendants .search-hits li a")).contains("Laverne Klein");
        assertThat(texts(search("Smihtam"), "#search-defendants .search-hits li a")).contains("Lyle Smitham");
        assertThat(texts(search("Blikc"), "#search-defendants .search-hits li a")).contains("Avery Blick");
        // a dropped and an added letter, in a name and in an alias
        assertThat(texts(search("Smitam"), "#search-defendants .search-hits li a")).contains("Lyle Smitham");
        assertThat(texts(search("Blicks"), "#search-defendants .search-hits li a")).contains("Avery Blick");
        assertThat(search("Darkhrse").select("#search-defendants .search-hits li")).anySatisfy((hit) -> {
            assertThat(hit.selectFirst("a").text()).isEqualTo("Lyle Smitham");
            assertThat(hit.selectFirst(".search-alias").text()).contains("Darkhorse");
        });
        assertThat(texts(search("Smihtam"), "#search-servers .search-hits li a"))
            .contains("misspelt-01.search.example");
        assertThat(texts(search("Kunez"), "#search-servers .search-hits li a")).contains("misspelt-01.search.example");
    }

    @Test
    @Transactional
    void wholeWordsRankAboveWordStartsAndThoseAboveMisspellings() {
        defendant("Ilse Vorquander");
        defendant("Ilse Vorqaunder");
        defendant("Ilse Vorquanderson");
        assertThat(texts(search("Vorquander"), "#search-defendants .search-hits li a")).containsSubsequence(
                "Ilse Vorquander", "Ilse Vorquanderson", "Ilse Vorqaunder");
        assertThat(texts(search("Vorqaunder"), "#search-defendants .search-hits li a")).first()
            .isEqualTo("Ilse Vorqaunder");
        assertThat(texts(search("Ilse Vorquand"), "#search-defendants .search-hits li a")).containsExactly(
                "Ilse Vorquander", "Ilse Vorquanderson");
    }

    @Test
    @Transactional
    void aRenamedDefendantIsFoundByItsNewNameMisspelt() {
        long id = defendant("Petra Oldmoor");
        this.jdbc.sql("update defendant set full_name = 'Petra Newhallow' where id = :id").param("id", id).update();
        assertThat(texts(search("Newhalow"), "#search-defendants .search-hits li a")).contains("Petra Newhallow");
    }

    @Test
    @Transactional
    void aVoidedServerLeavesTheAddressSearchAndARestoredOneComesBack() {
        long id = server("voided-01.search.example", null, "203.0.113.251");
        assertThat(texts(search("203.0.113.251"), "#search-servers .search-hits li a"))
            .contains("voided-01.search.example");
        this.jdbc.sql("""
                update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'test' where id = :id""")
            .param("id", id)
            .update();
        assertThat(texts(search("203.0.113.251"), "#search-servers .search-hits li a"))
            .doesNotContain("voided-01.search.example");
        this.jdbc.sql("update seized_server set voided_at = null, voided_by = null, void_reason = null where id = :id")
            .param("id", id)
            .update();
        assertThat(texts(search("203.0.113."), "#search-servers .search-hits li a")).isNotEmpty();
        assertThat(texts(search("203.0.113.251"), "#search-servers .search-hits li a"))
            .contains("voided-01.search.example");
    }

    @Test
    void aHostnameFragmentFindsTheServer() {
        Document page = search("web-front-lv");
        List<String> hosts = texts(page, "#search-servers .search-hits li a");
        assertThat(hosts).isNotEmpty().allMatch((host) -> host.contains("web-front-lv"));
        assertThat(hosts.get(0)).endsWith(".sparks.example");
        assertThat(page.selectFirst("#search-servers .search-hits li a").attr("href")).matches("/servers/\\d+");
    }

    @Test
    void anExactAddressFindsThatServerFirst() {
        Document page = search("192.0.2.15");
        Element first = page.selectFirst("#search-servers .search-hits li");
        assertThat(first.text()).contains("192.0.2.15");
        String hostname = this.jdbc
            .sql("select hostname from seized_server where ip_addresses @> array['192.0.2.15'::inet] order by id limit 1")
            .query(String.class)
            .single();
        assertThat(first.selectFirst("a").text()).isEqualTo(hostname);
    }

    @Test
    void anAddressPrefixFindsEveryServerInTheRange() {
        Document page = search("192.0.2.");
        assertThat(texts(page, "#search-servers .search-hits li .font-monospace"))
            .hasSize(SearchQueries.HITS_PER_GROUP)
            .allMatch((addresses) -> addresses.contains("192.0.2."));
        // the demo case alone has 20 servers in 192.0.2.0/24
        assertThat(count(page, "#search-servers")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aTitleWordFindsTheCaseAndGroupsResultsByKindWithCounts() {
        Document page = search("Sparks");
        assertThat(texts(page, "#search-cases .search-hits li a")).anyMatch((text) -> text.startsWith("TKD-"));
        assertThat(page.select("#search-cases .search-hits li").text()).contains("Sparks");
        assertThat(page.select("section.search-group").eachAttr("id")).containsExactly("search-cases",
                "search-defendants", "search-servers", "search-raids");
        // every demo server's hostname contains "sparks": 60 of them, 10 shown, the rest behind the count
        assertThat(count(page, "#search-servers")).isGreaterThanOrEqualTo(60);
        assertThat(page.select("#search-servers .search-hits li")).hasSize(SearchQueries.HITS_PER_GROUP);
        assertThat(count(page, "#search-cases")).isGreaterThanOrEqualTo(1);
        assertThat(page.selectFirst("#search-cases .search-count")).isNotNull();
    }

    @Test
    void aCountryCodeFindsItsRaidsAndLinksToTheFilteredRaidList() {
        Document page = search("lv");
        assertThat(texts(page, "#search-raids .search-hits li a")).isNotEmpty().allMatch((t) -> t.contains("Latvia"));
        assertThat(page.selectFirst("#search-raids a.search-more").attr("href")).isEqualTo("/raids?country=LV");
    }

    @Test
    void aProviderPrefixLinksToTheFilteredServerList() {
        Document page = search("Hosting provider LV");
        assertThat(texts(page, "#search-servers .search-hits li")).isNotEmpty();
        assertThat(page.selectFirst("#search-servers a.search-more").attr("href"))
            .isEqualTo("/servers?provider=Hosting%20provider%20LV");
    }

    @Test
    void anEmptyOrOneCharacterQueryShowsAHintAndRunsNoQuery() {
        this.counter.reset();
        Document empty = page(this.mvc.get().uri("/search").exchange());
        assertThat(empty.selectFirst("#search-hint").text()).contains("host name");
        Document one = search("x");
        assertThat(one.selectFirst("#search-hint").text()).isEqualTo("Type at least two characters to search.");
        assertThat(one.selectFirst("#search-results")).isNull();
        assertThat(this.counter.count()).isZero();
    }

    @Test
    void hostileInputIsOnlyEverAParameter() {
        for (String q : List.of("'; drop table defendant; --", "%_%", "!!", "a:b:", "\"unclosed",
                "-", "x".repeat(5000), "192.0.2.999", "::", "OR 1=1")) {
            MvcTestResult result = this.mvc.get().uri("/search").param("q", q).exchange();
            assertThat(result).hasStatusOk();
        }
        // text that cannot be stored never reaches a query (docs/security.md, Input)
        assertThat(this.mvc.get().uri("/search").param("q", "\u0000\u0001 zz")).hasStatus(400);
        assertThat(this.jdbc.sql("select count(*) from defendant").query(Long.class).single()).isPositive();
    }

    @Test
    void analystsMaySearch() {
        assertThat(this.mvc.get().uri("/search").param("q", "Bridi").with(user("a").roles("ANALYST")))
            .hasStatusOk();
    }

    @Test
    @Transactional
    void searchCostsTheSameStatementsForFewHitsAndForMoreThanItCounts() {
        long few = statementsFor(5);
        long many = statementsFor(SearchQueries.COUNT_LIMIT + 50);
        assertThat(many).isEqualTo(few).isPositive();
    }

    private long statementsFor(int rows) {
        String tag = "Zyqvorth" + UUID.randomUUID().toString().substring(0, 6);
        long caseId = this.jdbc.sql("select min(id) from enforcement_case").query(Long.class).single();
        for (int i = 0; i < rows; i++) {
            long id = this.jdbc
                .sql("insert into defendant (full_name, legal_status) values (:name, 'WANTED') returning id")
                .param("name", tag + " Number" + i)
                .query(Long.class)
                .single();
            this.jdbc
                .sql("insert into defendant_alias (defendant_id, alias, source, confidence) "
                        + "values (:id, :alias, 'test', 'LOW')")
                .param("id", id)
                .param("alias", tag + " Alias" + i)
                .update();
            this.jdbc
                .sql("insert into seized_server (case_id, country_code, hostname, role, status) "
                        + "values (:caseId, 'LV', :hostname, 'OTHER', 'IDENTIFIED')")
                .param("caseId", caseId)
                .param("hostname", tag.toLowerCase() + "-" + i + ".count.example")
                .update();
        }
        this.counter.reset();
        Document page = search(tag);
        long statements = this.counter.count();
        // fuzzy: the names made for the other size (same prefix, other suffix) may match as well
        assertThat(count(page, "#search-defendants")).isGreaterThanOrEqualTo(Math.min(rows, SearchQueries.COUNT_LIMIT));
        assertThat(count(page, "#search-servers")).isEqualTo(Math.min(rows, SearchQueries.COUNT_LIMIT));
        assertThat(page.selectFirst("#search-servers .search-count").text().endsWith("+"))
            .isEqualTo(rows > SearchQueries.COUNT_LIMIT);
        return statements;
    }

    private long defendant(String name) {
        return this.jdbc.sql("insert into defendant (full_name, legal_status) values (:name, 'WANTED') returning id")
            .param("name", name)
            .query(Long.class)
            .single();
    }

    private void alias(long defendantId, String alias) {
        this.jdbc.sql("insert into defendant_alias (defendant_id, alias, source, confidence) "
                + "values (:id, :alias, 'test', 'LOW')")
            .param("id", defendantId)
            .param("alias", alias)
            .update();
    }

    private long server(String hostname, String provider, String address) {
        long caseId = this.jdbc.sql("select min(id) from enforcement_case").query(Long.class).single();
        return this.jdbc.sql("""
                insert into seized_server (case_id, country_code, hostname, hosting_provider, ip_addresses, role, status)
                values (:caseId, 'LV', :hostname, :provider, array[cast(:address as inet)], 'OTHER', 'IDENTIFIED')
                returning id""")
            .param("caseId", caseId)
            .param("hostname", hostname)
            .param("provider", provider)
            .param("address", address)
            .query(Long.class)
            .single();
    }

    private Document search(String q) {
        return page(this.mvc.get().uri("/search").param("q", q).exchange());
    }

    private static Document page(MvcTestResult result) {
        assertThat(result).hasStatusOk().hasViewName("search/results");
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    private static long count(Document page, String group) {
        return Long.parseLong(page.selectFirst(group + " .search-count").text().replace("+", ""));
    }

}
