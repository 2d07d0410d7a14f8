package org.takedown.raids;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseRef;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.takedown.raids.RaidFormTests.errorOf;
import static org.takedown.raids.RaidFormTests.html;

/**
 * The servers of a saved raid on its edit form: corrected, added (one row at a time or from a pasted list) and removed,
 * which voids them, all in one transaction; and a voided server gone from every list, count, export and view.
 */
@IntegrationTest
@Transactional
class RaidServerRowsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    EntityManager entityManager;

    @Test
    void editFormHasARowForEachServerThatCountsWithItsIdAndVersion() {
        Raid raid = raidWithServers("alpha", "beta");
        Document form = editForm(raid);
        assertThat(form.select("#server-rows .server-row")).hasSize(2);
        assertThat(form.select("[id=servers0.hostname]").val()).startsWith("alpha");
        assertThat(form.select("[id=servers1.hostname]").val()).startsWith("beta");
        assertThat(form.select("[id=servers0.id]").val()).isEqualTo(serverId(form, 0).toString());
        assertThat(form.select("[id=servers0.version]").val()).isEqualTo("0");
        assertThat(form.select("[id=servers0.countryCode] option[selected]").val()).isEqualTo("LV");
        assertThat(form.select("[id=servers0.remove1]")).hasSize(1);
        // a new raid's rows are all new: removed with a button, not voided
        assertThat(form.select("button[name=removeServer]")).isEmpty();
        assertThat(form.select("#pasted")).hasSize(1);
    }

    @Test
    void savesCorrectionsNewServersAndRemovalsTogether() {
        Raid raid = raidWithServers("keep", "drop");
        Document form = editForm(raid);
        Map<String, String> values = values(form);
        String kept = values.get("servers[0].hostname");
        String dropped = values.get("servers[1].hostname");
        long droppedId = serverId(form, 1);
        String added = RaidFixtures.unique("added").toLowerCase() + ".rows.example";
        values.put("servers[0].hostingProvider", "Corrected Hosting");
        values.put("servers[0].ipAddresses", "192.0.2.77, 2001:db8::77");
        values.put("servers[1].remove", "true");
        values.put("servers[1].removalReason", "Recorded in the wrong raid");
        values.put("servers[2].hostname", added.toUpperCase());
        values.put("servers[2].role", "PROXY");
        values.put("servers[2].countryCode", "EE");

        assertThat(post(raid, values)).hasStatus3xxRedirection().hasRedirectedUrl("/raids/" + raid.getId());
        this.entityManager.flush();

        assertThat(this.jdbc.sql("""
                select hosting_provider || ' ' || array_to_string(ip_addresses, ',') || ' ' || version
                from seized_server where hostname = ?""").param(kept).query(String.class).single())
            .isEqualTo("Corrected Hosting 192.0.2.77,2001:db8::77 1");
        assertThat(this.jdbc.sql("""
                select void_reason || ' by ' || voided_by || ' ' || (voided_at is not null) || ' raid ' || raid_id
                from seized_server where id = ?""").param(droppedId).query(String.class).single())
            .isEqualTo("Recorded in the wrong raid by admin true raid " + raid.getId());
        // the raid completed: the new server was seized in it, on its day, in the country the row names
        assertThat(this.jdbc.sql("""
                select s.status || ' ' || s.seized_on || ' ' || s.country_code || ' ' || h.to_status
                from seized_server s join server_status_change h on h.server_id = s.id
                where s.hostname = ? and s.raid_id = ?""").param(added).param(raid.getId()).query(String.class).single())
            .isEqualTo("SEIZED 2020-02-01 EE SEIZED");

        // the raid page lists the servers that count
        Document page = html(this.mvc.get().uri("/raids/{id}", raid.getId()).exchange());
        assertThat(page.select("#raid-servers").text()).contains(kept, added).doesNotContain(dropped);
        assertThat(page.select("#servers-heading").text()).contains("(2)");
        // and the form no longer has a row for the voided server
        assertThat(editForm(raid).select("#server-rows .server-row")).hasSize(2);
        assertThat(dropped).isNotEqualTo(kept);
    }

    @Test
    void removingWithoutAReasonIsRefusedNextToTheReasonAndNothingIsSaved() {
        Raid raid = raidWithServers("noreason");
        Map<String, String> values = values(editForm(raid));
        values.put("servers[0].remove", "true");
        values.put("servers[1].hostname", RaidFixtures.unique("new").toLowerCase() + ".rows.example");
        values.put("servers[1].role", "STORAGE");
        MvcTestResult result = post(raid, values);
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        assertThat(errorOf(html(result), "servers0.removalReason")).isEqualTo("Say why this server is removed.");
        assertNothingSaved(raid);
    }

    @Test
    void anInvalidRowIsMarkedAndNoOtherRowIsSaved() {
        Raid raid = raidWithServers("valid");
        Map<String, String> values = values(editForm(raid));
        String existing = values.get("servers[0].hostname");
        values.put("servers[0].hostingProvider", "Not saved");
        values.put("servers[1].hostname", RaidFixtures.unique("fine").toLowerCase() + ".rows.example");
        values.put("servers[1].role", "STORAGE");
        values.put("servers[2].hostname", "bad host!");
        values.put("servers[2].ipAddresses", "192.0.2.300");
        values.put("servers[2].role", "STORAGE");
        values.put("servers[3].hostname", existing.toUpperCase());
        values.put("servers[3].role", "STORAGE");
        MvcTestResult result = post(raid, values);
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        Document page = html(result);
        assertThat(errorOf(page, "servers2.hostname")).startsWith("Enter a host name");
        assertThat(errorOf(page, "servers2.ipAddresses")).contains("192.0.2.300");
        assertThat(errorOf(page, "servers3.hostname")).isEqualTo("This host name is already in server row 1.");
        assertThat(errorOf(page, "servers1.hostname")).isEmpty();
        assertThat(this.jdbc.sql("select hosting_provider from seized_server where hostname = ?").param(existing)
            .query(String.class).single()).isEqualTo("Test hosting");
        assertNothingSaved(raid);
    }

    @Test
    void aServerChangedMeanwhileIsA409AndNothingIsSaved() throws Exception {
        Raid raid = raidWithServers("stale");
        Map<String, String> values = values(editForm(raid));
        // someone else saves the server meanwhile (the test's persistence context must not answer for the database)
        this.jdbc.sql("update seized_server set version = version + 1 where raid_id = ?").param(raid.getId()).update();
        this.entityManager.clear();
        values.put("servers[1].hostname", RaidFixtures.unique("late").toLowerCase() + ".rows.example");
        values.put("servers[1].role", "STORAGE");
        MvcTestResult result = post(raid, values);
        assertThat(result).hasStatus(409);
        assertThat(result.getResponse().getContentAsString()).contains("Someone else changed this record");
        assertNothingSaved(raid);
    }

    @Test
    void aRowNamingAnotherRaidsServerIs404() {
        Raid raid = raidWithServers("mine");
        Raid other = raidWithServers("theirs");
        Map<String, String> values = values(editForm(raid));
        values.put("servers[0].id", editForm(other).select("[id=servers0.id]").val());
        assertThat(post(raid, values)).hasStatus(404);
    }

    @Test
    void aVoidedServersHostNameCanBeRecordedAgain() {
        Raid raid = raidWithServers("again");
        Map<String, String> values = values(editForm(raid));
        String hostname = values.get("servers[0].hostname");
        values.put("servers[0].remove", "true");
        values.put("servers[0].removalReason", "Belongs to another raid");
        values.put("servers[1].hostname", hostname);
        values.put("servers[1].role", "STORAGE");
        assertThat(post(raid, values)).hasStatus3xxRedirection();
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select count(*) from seized_server where hostname = ?").param(hostname)
            .query(Long.class).single()).isEqualTo(2);
        assertThat(this.jdbc.sql("select count(*) from raids_server where hostname = ?").param(hostname)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void addServerRowOverHtmxAnswersWithTheRowsOnlyKeepingTypedValues() throws Exception {
        Raid raid = raidWithServers("htmx");
        Map<String, String> values = values(editForm(raid));
        values.put("servers[0].hostingProvider", "Typed but not saved");
        values.put("addServer", "1");
        MvcTestResult result = post(raid, values, true);
        assertThat(result).hasStatusOk();
        String body = result.getResponse().getContentAsString();
        assertThat(body).startsWith("<fieldset").doesNotContain("<html", "jurisdictionCode");
        Document rows = html(result);
        assertThat(rows.select(".server-row")).hasSize(2);
        assertThat(rows.select("[id=servers0.hostingProvider]").val()).isEqualTo("Typed but not saved");
        assertThat(rows.select("[id=servers1.hostname]").hasAttr("autofocus")).isTrue();
        assertNothingSaved(raid);
    }

    @Test
    void removeServerButtonRemovesANewRowButNeverARecordedOne() {
        Raid raid = raidWithServers("kept");
        Map<String, String> values = values(editForm(raid));
        values.put("servers[1].hostname", "typed.rows.example");
        values.put("removeServer", "0");
        Document page = html(post(raid, values));
        assertThat(page.select(".server-row")).hasSize(2);
        values.put("removeServer", "1");
        page = html(post(raid, values));
        assertThat(page.select(".server-row")).hasSize(1);
        assertThat(page.select("[id=servers0.id]").val()).isNotEmpty();
    }

    @Test
    void aPastedListBecomesRowsEachCheckedAtOnceAndNothingIsSaved() {
        Raid raid = raidWithServers("paste");
        Map<String, String> values = values(editForm(raid));
        String existing = values.get("servers[0].hostname");
        String first = RaidFixtures.unique("p1").toLowerCase() + ".rows.example";
        String second = RaidFixtures.unique("p2").toLowerCase() + ".rows.example";
        values.put("pasted", first + "\n192.0.2.55, 2001:db8::55\n\nnot_ok!.example " + existing + "  " + second);
        values.put("pastedRole", "DISTRIBUTION");
        values.put("pasteServers", "1");
        MvcTestResult result = post(raid, values, true);
        assertThat(result).hasStatusOk();
        Document rows = html(result);
        assertThat(rows.select(".server-row")).hasSize(7);
        assertThat(rows.select("[id=servers1.hostname]").val()).isEqualTo(first);
        assertThat(rows.select("[id=servers2.ipAddresses]").val()).isEqualTo("192.0.2.55");
        assertThat(rows.select("[id=servers2.hostname]").val()).isEmpty();
        assertThat(rows.select("[id=servers3.ipAddresses]").val()).isEqualTo("2001:db8::55");
        assertThat(rows.select("[id=servers6.hostname]").val()).isEqualTo(second);
        assertThat(rows.select("[id=servers6.role] option[selected]").val()).isEqualTo("DISTRIBUTION");
        // the invalid entries are marked next to their rows, the others not
        assertThat(errorOf(rows, "servers4.hostname")).startsWith("Enter a host name");
        assertThat(errorOf(rows, "servers5.hostname")).isEqualTo("This host name is already in server row 1.");
        assertThat(rows.select(".invalid-feedback")).hasSize(2);
        assertThat(rows.select("#paste-result").text()).isEqualTo("6 rows were added from the list; 2 are marked below.");
        assertThat(rows.select("#pasted").text()).isEmpty();
        assertThat(rows.select("[id=servers1.hostname]").hasAttr("autofocus")).isTrue();
        assertNothingSaved(raid);
    }

    @Test
    void savingWithAListInThePasteBoxMakesRowsFirstAndSavesNothing() {
        Raid raid = raidWithServers("pastesave");
        Map<String, String> values = values(editForm(raid));
        values.put("pasted", RaidFixtures.unique("ps").toLowerCase() + ".rows.example");
        MvcTestResult result = post(raid, values);
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        Document page = html(result);
        assertThat(page.select(".server-row")).hasSize(2);
        assertThat(page.select("#paste-result").text()).startsWith("Nothing was saved yet");
        assertNothingSaved(raid);
    }

    @Test
    void theNewRaidFormPastesToo() {
        long sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class).single();
        MvcTestResult result = this.mvc.post().uri("/cases/{id}/raids", sparks)
            .param("servers[0].hostname", "")
            .param("pasted", "a.new-raid.example b.new-raid.example")
            .param("pasteServers", "1")
            .exchange();
        Document page = html(result);
        // the empty row the form starts with makes way for the pasted ones
        assertThat(page.select(".server-row")).hasSize(2);
        assertThat(page.select("[id=servers0.hostname]").val()).isEqualTo("a.new-raid.example");
        assertThat(page.select("[id=servers0.id]")).isEmpty();
    }

    @Test
    void onlyInvestigatorsEditServersOfARaid() {
        Raid raid = raidWithServers("roles");
        Map<String, String> values = values(editForm(raid));
        values.put("servers[0].remove", "true");
        values.put("servers[0].removalReason", "analyst tries");
        MockMvcRequestBuilder request = this.mvc.post().uri("/raids/{id}", raid.getId());
        values.forEach((name, value) -> request.param(name, value));
        assertThat(request.with(user("analyst").roles("ANALYST"))).hasStatus(403);
        assertNothingSaved(raid);
    }

    /** The raid still has its one server, not voided, and no other. */
    private void assertNothingSaved(Raid raid) {
        this.entityManager.flush();
        assertThat(this.jdbc.sql("select count(*) from seized_server where raid_id = ?").param(raid.getId())
            .query(Long.class).single()).as("servers of the raid").isEqualTo(1L);
        assertThat(this.jdbc.sql("select count(*) from seized_server where raid_id = ? and voided_at is not null")
            .param(raid.getId()).query(Long.class).single()).as("voided").isZero();
    }

    private Raid raidWithServers(String... prefixes) {
        CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
        Raid raid = this.fixtures.raid(testCase, "LV", LocalDate.of(2020, 2, 1));
        for (String prefix : prefixes) {
            this.fixtures.server(raid, RaidFixtures.unique(prefix).toLowerCase() + ".rows.example");
        }
        this.fixtures.flushAndClear();
        return raid;
    }

    private Document editForm(Raid raid) {
        MvcTestResult result = this.mvc.get().uri("/raids/{id}/edit", raid.getId()).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    private static Long serverId(Document form, int row) {
        return Long.valueOf(form.select("[id=servers" + row + ".id]").val());
    }

    /** What the browser would submit: every field of the form with its value, checkboxes only when checked. */
    static Map<String, String> values(Document form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("#raid-form input[name], #raid-form select[name], #raid-form textarea[name]")) {
            String name = field.attr("name");
            if (field.is("button") || name.equals("_csrf")) {
                continue;
            }
            if (field.is("input[type=checkbox]") && !field.hasAttr("checked")) {
                continue;
            }
            if (field.is("select")) {
                List<String> selected = field.select("option[selected]").eachAttr("value");
                if (!selected.isEmpty()) {
                    values.put(name, selected.get(0));
                }
                continue;
            }
            values.put(name, field.is("textarea") ? field.text() : field.val());
        }
        return values;
    }

    private MvcTestResult post(Raid raid, Map<String, String> values) {
        return post(raid, values, false);
    }

    private MvcTestResult post(Raid raid, Map<String, String> values, boolean htmx) {
        MockMvcRequestBuilder request = this.mvc.post().uri("/raids/{id}", raid.getId());
        values.forEach((name, value) -> request.param(name, value));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.exchange();
    }

}
