package org.takedown.views;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Saving a list's filter under a name, finding it in that list's Views menu, sharing it, and managing it. */
@IntegrationTest
@Transactional
class SavedViewTests {

    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    static final RequestPostProcessor INVESTIGATOR = user("investigator").roles("INVESTIGATOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void savesTheFilterWithoutPagingAndShowsItInTheMenuOfThatListOnly() {
        String name = unique("Latvia seized");
        MvcTestResult saved = save(ANALYST, "servers",
                "country=LV&page=3&after=991&size=10&evil=%3Cscript%3E&status=SEIZED", name, false);
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/servers?country=LV&status=SEIZED");
        assertThat(saved).flash().containsEntry("flash", "view.saved");
        assertThat(this.jdbc.sql("select query from saved_view where owner = 'analyst' and name = ?")
            .param(name)
            .query(String.class)
            .single()).isEqualTo("country=LV&status=SEIZED");

        Document servers = page("/servers", ANALYST);
        assertThat(servers.select("#views-menu a[data-saved-view]").stream()
            .filter((link) -> link.text().equals(name))
            .map((link) -> link.attr("href"))).containsExactly("/servers?country=LV&status=SEIZED");
        assertThat(page("/raids", ANALYST).select("#views-menu a[data-saved-view]").eachText()).doesNotContain(name);
        assertThat(page("/cases", ANALYST).select("#views-menu a[data-saved-view]").eachText()).doesNotContain(name);
    }

    @Test
    void openingAViewRedirectsToTheListWhichShowsOnlyTheFilteredRows() {
        String name = unique("Latvia");
        Long id = saveAndFindId(ANALYST, "servers", "country=LV", name, false);
        MvcTestResult opened = this.mvc.get().uri("/views/" + id).with(ANALYST).exchange();
        assertThat(opened).hasStatus(302).hasRedirectedUrl("/servers?country=LV");

        Document list = page("/servers?country=LV", ANALYST);
        assertThat(list.select("#views-menu a.active[aria-current=page]").eachText()).contains(name);
        List<String> countries = list.select("#servers tbody tr td:nth-child(2)").eachText();
        assertThat(countries).isNotEmpty().allMatch((country) -> country.equals("Latvia"));
        assertThat(list.select("#servers tbody tr td:nth-child(2) .fi").eachAttr("class"))
            .allMatch((classes) -> classes.contains("fi-lv"));
    }

    @Test
    void aPrivateViewIsNotThereForOthersUntilItIsShared() {
        String name = unique("Private");
        Long id = saveAndFindId(ANALYST, "raids", "country=LV", name, false);

        assertThat(this.mvc.get().uri("/views/" + id).with(INVESTIGATOR).exchange()).hasStatus(404);
        assertThat(menuEntries("/raids", INVESTIGATOR)).doesNotContain(name);
        assertThat(this.mvc.get().uri("/views/" + id).with(ANALYST).exchange()).hasStatus(302);

        long version = version(id);
        assertThat(this.mvc.post().uri("/views/" + id).with(ANALYST)
            .param("name", name).param("shared", "true").param("version", String.valueOf(version)).exchange())
            .hasRedirectedUrl("/views");

        assertThat(this.mvc.get().uri("/views/" + id).with(INVESTIGATOR).exchange()).hasStatus(302)
            .hasRedirectedUrl("/raids?country=LV");
        Document raids = page("/raids", INVESTIGATOR);
        assertThat(raids.select("#views-menu li:has(a[data-saved-view])").eachText())
            .anyMatch((entry) -> entry.startsWith(name) && entry.endsWith("by analyst"));
        assertThat(raids.select("#views-menu h2.dropdown-header").eachText()).contains("Shared by others");
    }

    @Test
    void onlyTheOwnerEditsRenamesOrDeletesAView() {
        String name = unique("Mine");
        Long id = saveAndFindId(ANALYST, "cases", "status=CLOSED", name, true);
        long version = version(id);

        assertThat(this.mvc.get().uri("/views/" + id + "/edit").with(INVESTIGATOR).exchange()).hasStatus(404);
        assertThat(this.mvc.post().uri("/views/" + id).with(INVESTIGATOR)
            .param("name", "Taken over").param("version", String.valueOf(version)).exchange()).hasStatus(404);
        assertThat(this.mvc.post().uri("/views/" + id + "/delete").with(INVESTIGATOR).exchange()).hasStatus(404);
        assertThat(this.jdbc.sql("select name from saved_view where id = ?").param(id).query(String.class).single())
            .isEqualTo(name);

        assertThat(page("/views/" + id + "/edit", ANALYST).select("#name").attr("value")).isEqualTo(name);
        MvcTestResult renamed = this.mvc.post().uri("/views/" + id).with(ANALYST)
            .param("name", name + " renamed").param("version", String.valueOf(version)).exchange();
        assertThat(renamed).hasRedirectedUrl("/views");
        assertThat(renamed).flash().containsEntry("flash", "view.updated");
        var row = this.jdbc.sql("select name, shared from saved_view where id = ?").param(id).query().singleRow();
        assertThat(row).containsEntry("name", name + " renamed").containsEntry("shared", false);

        assertThat(this.mvc.post().uri("/views/" + id + "/delete").with(ANALYST).exchange())
            .hasRedirectedUrl("/views");
        assertThat(this.jdbc.sql("select count(*) from saved_view where id = ?").param(id).query(Long.class).single())
            .isZero();
        assertThat(this.mvc.get().uri("/views/" + id).with(ANALYST).exchange()).hasStatus(404);
    }

    @Test
    void aStaleFormGetsTheConflictPageAndChangesNothing() {
        String name = unique("Stale");
        Long id = saveAndFindId(ANALYST, "cases", "", name, false);
        long version = version(id);
        assertThat(this.mvc.post().uri("/views/" + id).with(ANALYST)
            .param("name", name + " first").param("version", String.valueOf(version)).exchange())
            .hasRedirectedUrl("/views");
        assertThat(this.mvc.post().uri("/views/" + id).with(ANALYST)
            .param("name", name + " second").param("version", String.valueOf(version)).exchange()).hasStatus(409);
        assertThat(this.jdbc.sql("select name from saved_view where id = ?").param(id).query(String.class).single())
            .isEqualTo(name + " first");
    }

    @Test
    void aDuplicateNameOfTheSameListIsAFieldErrorWhateverItsCase() {
        String name = unique("Twice");
        saveAndFindId(ANALYST, "servers", "country=LV", name, false);
        MvcTestResult again = save(ANALYST, "servers", "country=EE", name.toUpperCase(), false);
        assertThat(again).hasStatusOk().hasViewName("views/form");
        Document form = html(again);
        assertThat(form.select("#name-error").text()).isEqualTo("You already have a view of this list with this name.");
        assertThat(form.select("#name").hasClass("is-invalid")).isTrue();
        assertThat(form.select("input[name=query]").attr("value")).isEqualTo("country=EE");

        // the same name on another list, or by another user, is fine
        assertThat(save(ANALYST, "raids", "country=LV", name, false)).hasStatus3xxRedirection();
        assertThat(save(INVESTIGATOR, "servers", "country=LV", name, false)).hasStatus3xxRedirection();
        assertThat(this.jdbc.sql("select count(*) from saved_view where lower(name) = lower(?)")
            .param(name)
            .query(Long.class)
            .single()).isEqualTo(3);
    }

    @Test
    void renamingToAnotherOfMyViewsNamesIsAFieldError() {
        String name = unique("First");
        saveAndFindId(ANALYST, "servers", "country=LV", name, false);
        Long second = saveAndFindId(ANALYST, "servers", "country=EE", unique("Second"), false);
        MvcTestResult renamed = this.mvc.post().uri("/views/" + second).with(ANALYST)
            .param("name", " " + name.toLowerCase() + " ").param("version", String.valueOf(version(second))).exchange();
        assertThat(renamed).hasStatusOk().hasViewName("views/edit");
        assertThat(html(renamed).select("#name-error").text())
            .isEqualTo("You already have a view of this list with this name.");
    }

    @Test
    void aBlankOrOverlongNameIsAFieldErrorAndNothingIsSaved() {
        long before = count();
        assertThat(html(save(ANALYST, "servers", "country=LV", "  ", false)).select("#name-error").text())
            .isNotBlank();
        assertThat(html(save(ANALYST, "servers", "country=LV", "x".repeat(101), false)).select("#name-error").text())
            .contains("100");
        // em and ideographic spaces are blank too (String.strip knows them, @NotBlank's trim does not)
        MvcTestResult unicodeBlank = save(ANALYST, "servers", "country=LV", "\u2003\u3000", false);
        assertThat(unicodeBlank).hasStatusOk();
        assertThat(html(unicodeBlank).select("#name-error").text()).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownListOrAnOverlongFilterIsExplainedAndNothingIsSaved() {
        long before = count();
        MvcTestResult unknown = save(ANALYST, "admin/users", "x=1", unique("Admin"), false);
        assertThat(unknown).hasStatusOk().hasViewName("views/form");
        assertThat(html(unknown).select(".alert-danger").text()).contains("Views can be saved only for the lists");

        MvcTestResult tooLong = save(ANALYST, "cases", "q=" + "a".repeat(1200), unique("Long"), false);
        assertThat(tooLong).hasStatusOk();
        assertThat(html(tooLong).select(".alert-danger").text()).contains("too long to save");

        // parameters that are dropped do not count towards the limit
        assertThat(save(ANALYST, "cases", "evil=" + "a".repeat(5000) + "&q=short", unique("Short"), false))
            .hasStatus3xxRedirection()
            .hasRedirectedUrl("/cases?q=short");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void unknownOrMalformedIdsAreNotFoundNeverAnError() {
        assertThat(this.mvc.get().uri("/views/987654321").with(ANALYST).exchange()).hasStatus(404);
        assertThat(this.mvc.get().uri("/views/abc").with(ANALYST).exchange()).hasStatus4xxClientError();
        assertThat(this.mvc.post().uri("/views/987654321/delete").with(ANALYST).exchange()).hasStatus(404);
        assertThat(this.mvc.get().uri("/views?page=-1&size=100000&sort=owner").with(ANALYST).exchange())
            .hasStatusOk();
    }

    @Test
    void theManagePageListsMyViewsOnlyWithTheirAddressToShare() {
        String mine = unique("Mine");
        Long id = saveAndFindId(ANALYST, "defendants", "nationality=GB&q=Bridi", mine, true);
        String theirs = unique("Theirs");
        saveAndFindId(INVESTIGATOR, "defendants", "", theirs, true);

        Document page = page("/views", ANALYST);
        assertThat(page.select("#saved-views tbody tr td:first-child").eachText()).contains(mine)
            .doesNotContain(theirs);
        var row = page.select("#view-" + id);
        assertThat(row.select("td:nth-child(2)").text()).isEqualTo("Defendants");
        assertThat(row.select("td:nth-child(3)").text()).isEqualTo("nationality = GB · q = Bridi");
        assertThat(row.select("td:nth-child(4)").text()).isEqualTo("Everyone");
        assertThat(row.select("input[readonly]").attr("value")).matches("http://localhost(:\\d+)?/views/" + id);
        assertThat(row.select("button[data-copy]").attr("data-copy")).isEqualTo("view-url-" + id);
        assertThat(row.select("form").attr("action")).isEqualTo("/views/" + id + "/delete");
        assertThat(row.select("form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void theSaveDialogCarriesTheListTheRenderedQueryAndACsrfToken() {
        Document page = page("/defendants?nationality=GB&page=2&q=x", ANALYST);
        var form = page.select("form#save-view-form");
        assertThat(form.attr("action")).isEqualTo("/views");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=list]").attr("value")).isEqualTo("defendants");
        assertThat(form.select("input[name=query]").attr("value")).isEqualTo("nationality=GB&q=x");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("script[src=/js/views.js]")).hasSize(1);
        assertThat(page.select("#views-menu a[href=/views]")).hasSize(1);
    }

    @Test
    void everyListHasTheViewsMenu() {
        for (String list : List.of("/cases", "/raids", "/servers", "/defendants", "/jurisdictions")) {
            Document page = page(list, ANALYST);
            assertThat(page.select("h1 + #views-menu, h1 ~ #views-menu")).as(list).hasSize(1);
            assertThat(page.select("#save-view-form input[name=list]").attr("value")).isEqualTo(list.substring(1));
        }
    }

    @Test
    void theHtmxResultsOfAListDoNotReadTheMenu() {
        saveAndFindId(ANALYST, "servers", "country=LV", unique("Htmx"), false);
        this.jdbc.sql("select 1").query(Integer.class).single();
        this.counter.reset();
        this.mvc.get().uri("/servers?country=LV").with(ANALYST).header("HX-Request", "true").exchange();
        int withoutMenu = this.counter.count();
        this.counter.reset();
        this.mvc.get().uri("/servers?country=LV").with(ANALYST).exchange();
        int withMenu = this.counter.count();
        // the full page also reads the country list (cached) and the menu: one statement more at most for the menu
        assertThat(withMenu - withoutMenu).isLessThanOrEqualTo(1);
    }

    @Test
    void aListPageCostsTheSameNumberOfStatementsWithOneOrFiftySavedViews() {
        saveAndFindId(ANALYST, "servers", "country=LV", unique("One"), false);
        int withOne = statementsFor("/servers?country=LV");
        for (int i = 0; i < 49; i++) {
            this.jdbc.sql("""
                    insert into saved_view (owner, list_key, name, query, shared, created_at)
                    values (?, 'SERVERS', ?, 'status=SEIZED', ?, now())""")
                .params(i % 2 == 0 ? "analyst" : "investigator", unique("Many " + i), i % 3 == 0)
                .update();
        }
        int withFifty = statementsFor("/servers?country=LV");
        assertThat(page("/servers?country=LV", ANALYST).select("#views-menu a[data-saved-view]").size())
            .isGreaterThanOrEqualTo(26);
        assertThat(withFifty).isEqualTo(withOne);
    }

    private int statementsFor(String uri) {
        page(uri, ANALYST); // warm: the cached country list is read once
        this.counter.reset();
        page(uri, ANALYST);
        return this.counter.count();
    }

    private List<String> menuEntries(String list, RequestPostProcessor who) {
        return page(list, who).select("#views-menu a[data-saved-view] span:first-child").eachText();
    }

    private MvcTestResult save(RequestPostProcessor who, String list, String query, String name, boolean shared) {
        var request = this.mvc.post().uri("/views").with(who).param("list", list).param("query", query)
            .param("name", name);
        if (shared) {
            request = request.param("shared", "true");
        }
        return request.exchange();
    }

    private Long saveAndFindId(RequestPostProcessor who, String list, String query, String name, boolean shared) {
        assertThat(save(who, list, query, name, shared)).hasStatus3xxRedirection();
        return this.jdbc.sql("select id from saved_view where name = ?").param(name).query(Long.class).single();
    }

    private long version(Long id) {
        return this.jdbc.sql("select version from saved_view where id = ?").param(id).query(Long.class).single();
    }

    private long count() {
        return this.jdbc.sql("select count(*) from saved_view").query(Long.class).single();
    }

    private Document page(String uri, RequestPostProcessor who) {
        MvcTestResult result = this.mvc.get().uri(uri).with(who).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return html(result);
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

}
