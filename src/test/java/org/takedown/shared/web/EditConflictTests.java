package org.takedown.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form with optimistic locking, filled in as a person would from its page, sent after someone else saved the
 * record: the 409 page shows the values entered beside the saved ones, links to the record as it is now, and sends
 * the same values again with the current version, which then saves. Versions are moved on in SQL, as another
 * user's save would; everything rolls back.
 */
@IntegrationTest
@Transactional
class EditConflictTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void aStaleCaseEditShowsBothValuesLinksToTheCaseAndSavesWhenAppliedAgain() {
        long caseId = demoCase();
        String reference = this.jdbc.sql("select reference from enforcement_case where id = ?").param(caseId)
            .query(String.class).single();
        Map<String, List<String>> values = formValues("/cases/" + caseId + "/edit", "case-form");
        values.put("title", List.of("The title I typed"));
        bumpVersion("enforcement_case", caseId);

        MvcTestResult conflict = post("/cases/" + caseId, values);

        assertThat(conflict).hasStatus(409);
        Document page = html(conflict);
        Element link = page.selectFirst("#conflict-record");
        assertThat(link.attr("href")).isEqualTo("/cases/" + caseId);
        assertThat(link.text()).isEqualTo("Open case " + reference + " as it is now");
        assertThat(page.select("#conflict tr.table-warning").text()).contains("Title", "The title I typed",
                "Sparks Group");
        Map<String, List<String>> again = reapplyForm(page, "/cases/" + caseId);
        assertThat(again.get("version")).containsExactly(String.valueOf(version("enforcement_case", caseId)));
        assertThat(again.get("title")).containsExactly("The title I typed");

        assertThat(post("/cases/" + caseId, again)).hasStatus3xxRedirection().hasRedirectedUrl("/cases/" + caseId);
        assertThat(this.jdbc.sql("select title from enforcement_case where id = ?").param(caseId).query(String.class)
            .single()).isEqualTo("The title I typed");
    }

    @Test
    void everyFormWithAVersionOffersItsValuesAgainAndTheyThenSave() {
        long caseId = demoCase();
        long raidId = idOf("select min(id) from raid where case_id = ?", caseId);
        long serverId = idOf("select min(id) from seized_server where case_id = ?", caseId);
        long chargeId = idOf("select min(id) from charge where case_id = ?", caseId);
        long chargedId = idOf("select defendant_id from charge where id = ?", chargeId);
        long requestId = idOf("select min(id) from extradition_request where defendant_id in "
                + "(select defendant_id from case_defendant where case_id = ?)", caseId);
        long soughtId = idOf("select defendant_id from extradition_request where id = ?", requestId);
        long userId = idOf("select id from app_user where username = ?", "analyst");
        record Form(String page, String formId, String action, String table, long id, String back) {
        }
        List<Form> forms = List.of(
                new Form("/raids/" + raidId + "/edit", "raid-form", "/raids/" + raidId, "raid", raidId,
                        "/raids/" + raidId),
                new Form("/servers/" + serverId + "/edit", "server-form", "/servers/" + serverId, "seized_server",
                        serverId, "/servers/" + serverId),
                new Form("/defendants/" + chargedId + "/edit", "defendant-form", "/defendants/" + chargedId,
                        "defendant", chargedId, "/defendants/" + chargedId),
                new Form("/defendants/" + chargedId + "/charges/" + chargeId + "/edit", "charge-form",
                        "/defendants/" + chargedId + "/charges/" + chargeId, "charge", chargeId,
                        "/defendants/" + chargedId + "/charges/" + chargeId + "/edit"),
                new Form("/defendants/" + soughtId + "/extraditions/" + requestId + "/edit", "extradition-form",
                        "/defendants/" + soughtId + "/extraditions/" + requestId, "extradition_request", requestId,
                        "/defendants/" + soughtId + "/extraditions/" + requestId),
                new Form("/admin/users/" + userId + "/edit", "user-form", "/admin/users/" + userId, "app_user",
                        userId, "/admin/users/" + userId + "/edit"),
                new Form("/cases/" + caseId, "status-form", "/cases/" + caseId + "/status", "enforcement_case",
                        caseId, "/cases/" + caseId));
        for (Form form : forms) {
            Map<String, List<String>> values = formValues(form.page(), form.formId());
            if (form.formId().equals("status-form")) {
                values.put("reason", List.of("Moved on while someone else edited"));
            }
            bumpVersion(form.table(), form.id());

            MvcTestResult conflict = post(form.action(), values);

            assertThat(conflict).as(form.action()).hasStatus(409);
            Document page = html(conflict);
            assertThat(page.selectFirst("#conflict-record")).as(form.action()).isNotNull();
            assertThat(page.selectFirst("#conflict-record").attr("href")).as(form.action()).isEqualTo(form.back());
            Map<String, List<String>> again = reapplyForm(page, form.action());
            assertThat(post(form.action(), again)).as(form.action()).hasStatus3xxRedirection();
        }
    }

    @Test
    void aPasswordIsNeverWrittenIntoTheConflictPage() throws Exception {
        long userId = idOf("select id from app_user where username = ?", "analyst");
        bumpVersion("app_user", userId);
        MvcTestResult conflict = this.mvc.post()
            .uri("/admin/users/" + userId)
            .param("displayName", "Someone")
            .param("roles", "ANALYST")
            .param("password", "a-secret-typed-by-mistake")
            .param("version", "0")
            .exchange();
        assertThat(conflict).hasStatus(409);
        String body = conflict.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("a-secret-typed-by-mistake");
        assertThat(html(conflict).selectFirst("#conflict-reapply")).isNull();
    }

    private Map<String, List<String>> formValues(String pageUri, String formId) {
        MvcTestResult result = this.mvc.get().uri(pageUri).exchange();
        assertThat(result).as(pageUri).hasStatusOk();
        Element form = html(result).getElementById(formId);
        assertThat(form).as("#" + formId + " on " + pageUri).isNotNull();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (var field : ((FormElement) form).formData()) {
            if (!field.key().equals("_csrf")) {
                values.computeIfAbsent(field.key(), (key) -> new java.util.ArrayList<>()).add(field.value());
            }
        }
        if (values.containsKey("status") && values.get("status").equals(List.of(""))) {
            String next = form.select("select[name=status] option[value~=.+]").first().attr("value");
            values.put("status", List.of(next));
        }
        return values;
    }

    private static Map<String, List<String>> reapplyForm(Document page, String action) {
        Element form = page.getElementById("conflict-reapply");
        assertThat(form).as("the form that applies the values again").isNotNull();
        assertThat(form.attr("action")).isEqualTo(action);
        assertThat(form.select("input[name=_csrf]")).as("its CSRF token").hasSize(1);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (var field : ((FormElement) form).formData()) {
            if (!field.key().equals("_csrf")) {
                values.computeIfAbsent(field.key(), (key) -> new java.util.ArrayList<>()).add(field.value());
            }
        }
        return values;
    }

    private MvcTestResult post(String uri, Map<String, List<String>> values) {
        MockMvcRequestBuilder request = this.mvc.post().uri(uri);
        values.forEach((name, given) -> request.param(name, given.toArray(String[]::new)));
        return request.exchange();
    }

    private long demoCase() {
        return idOf("select id from enforcement_case where reference = ?", "TKD-2020-0001");
    }

    private long idOf(String sql, Object parameter) {
        return this.jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private void bumpVersion(String table, long id) {
        this.jdbc.sql("update " + table + " set version = version + 1 where id = ?").param(id).update();
        // each request of a person has a persistence context of its own: none keeps the record as it was
        this.entityManager.clear();
    }

    private long version(String table, long id) {
        return idOf("select version from " + table + " where id = ?", id);
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
