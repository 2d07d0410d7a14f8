package org.takedown.cases;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.cases.CaseListTests.html;

/** Opening, editing and moving a case: each rule's message next to its field, nothing written when one is broken. */
@IntegrationTest
@Transactional
class CaseFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CaseFixtures fixtures;

    long hsi;

    long sdny;

    @BeforeEach
    void setUp() {
        this.fixtures = new CaseFixtures(this.jdbc);
        this.hsi = this.fixtures.hsi();
        this.sdny = this.fixtures.agency("USAO-SDNY");
    }

    // ---- new case

    @Test
    void newFormSuggestsTheNextFreeReferenceOfTheCurrentYear() {
        int year = LocalDate.now().getYear();
        this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (:ref, 't', 'INVESTIGATION', 's', :agency, current_date)
                """).param("ref", "TKD-%d-41234".formatted(year)).param("agency", this.hsi).update();
        MvcTestResult result = this.mvc.get().uri("/cases/new").exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/form");
        Document page = html(result);
        assertThat(page.select("#reference").val()).isEqualTo("TKD-%d-41235".formatted(year));
        // the agency pickers hold only the chosen agency and load the others as the user types
        assertThat(page.select("#leadAgencyId[data-picker] option").eachText()).containsExactly("Choose…");
        assertThat(page.select("#leadAgencyId").attr("data-picker-source")).isEqualTo("/agencies/options");
        assertThat(page.select("#prosecutingOfficeId").attr("data-picker-source")).isEqualTo("/agencies/options");
        assertThat(page.select("label[for=summary]").text()).isEqualTo("Summary");
    }

    @Test
    void createsCaseWithItsFirstStatusChangeAndRedirectsToIt() {
        String reference = CaseFixtures.reference();
        MvcTestResult result = validNewCase(reference, "modusOperandi", "Fake retailers", "prosecutingOfficeId",
                String.valueOf(this.sdny))
            .exchange();
        long id = this.jdbc.sql("select id from enforcement_case where reference = :r").param("r", reference)
            .query(Long.class)
            .single();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/cases/" + id);
        assertThat(result).flash().containsEntry("flash", "case.created");
        var row = this.jdbc.sql("select * from enforcement_case where id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("title", "Operation Test")
            .containsEntry("status", "INVESTIGATION")
            .containsEntry("modus_operandi", "Fake retailers")
            .containsEntry("lead_agency_id", this.hsi)
            .containsEntry("prosecuting_office_id", this.sdny);
        var history = this.jdbc.sql("select * from case_status_change where case_id = :id").param("id", id)
            .query()
            .singleRow();
        assertThat(history).containsEntry("from_status", null)
            .containsEntry("to_status", "INVESTIGATION")
            .containsEntry("effective_on", java.sql.Date.valueOf("2024-02-29"))
            .containsEntry("recorded_by", "admin");

        Document page = html(this.mvc.get().uri("/cases/" + id).flashAttr("flash", "case.created").exchange());
        assertThat(page.select(".alert-success").text()).isEqualTo("The case has been opened.");
    }

    @Test
    void rejectsEmptyRequiredFieldsNextToEachField() {
        long before = caseCount();
        MvcTestResult result = this.mvc.post()
            .uri("/cases")
            .param("reference", "")
            .param("title", " ")
            .param("summary", "")
            .param("leadAgencyId", "")
            .param("openedOn", "")
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/form");
        assertThat(result).model()
            .extractingBindingResult("caseForm")
            .hasFieldErrors("reference", "title", "summary", "leadAgencyId", "openedOn");
        Document page = html(result);
        for (String field : new String[] { "reference", "title", "summary", "leadAgencyId", "openedOn" }) {
            assertThat(page.select("#" + field + "-error").text()).as(field).isEqualTo("This field is required.");
            assertThat(page.select("#" + field).attr("aria-describedby")).isEqualTo(field + "-error");
        }
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void rejectsBadReferenceFormat() {
        assertFieldError(validNewCase("TKD-26-1"), "caseForm", "reference",
                "Use the format TKD-YYYY-NNNN, for example TKD-2026-0001.");
    }

    @Test
    void rejectsDuplicateReference() {
        long before = caseCount();
        MvcTestResult result = validNewCase("TKD-2020-0001").exchange();
        assertThat(result).hasStatusOk().model().extractingBindingResult("caseForm").hasFieldErrorCode("reference",
                "duplicate");
        assertThat(html(result).select("#reference-error").text()).isEqualTo("Another case already has this reference.");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void rejectsUnknownAgencies() {
        MvcTestResult result = validNewCase(CaseFixtures.reference(), "leadAgencyId", "987654321", "prosecutingOfficeId",
                "987654322")
            .exchange();
        Document page = html(result);
        assertThat(page.select("#leadAgencyId-error").text()).isEqualTo("There is no such agency; choose one from the list.");
        assertThat(page.select("#prosecutingOfficeId-error").text())
            .isEqualTo("There is no such agency; choose one from the list.");
        assertThat(html(validNewCase(CaseFixtures.reference(), "leadAgencyId", "abc").exchange())
            .select("#leadAgencyId-error")
            .text()).isEqualTo("Enter a whole number.");
    }

    @Test
    void rejectsOpeningInTheFutureAndMalformedDates() {
        assertFieldError(validNewCase(CaseFixtures.reference(), "openedOn", LocalDate.now().plusDays(2).toString()),
                "caseForm", "openedOn", "A case cannot be opened in the future.");
        assertFieldError(validNewCase(CaseFixtures.reference(), "openedOn", "2020-13-45"), "caseForm",
                "openedOn", "Enter a date as YYYY-MM-DD.");
    }

    @Test
    void rejectsTooLongText() {
        assertFieldError(validNewCase(CaseFixtures.reference(), "title", "x".repeat(201)), "caseForm", "title",
                "Must be between 0 and 200 characters long.");
    }

    // ---- edit

    @Test
    void editFormShowsTheCurrentValuesAndVersion() {
        long id = this.fixtures.oneCase("Editable " + System.nanoTime(), CaseStatus.INVESTIGATION);
        MvcTestResult result = this.mvc.get().uri("/cases/" + id + "/edit").exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/form");
        Document page = html(result);
        assertThat(page.select("#title").val()).startsWith("Editable ");
        assertThat(page.select("#openedOn").val()).isEqualTo("2020-01-01");
        assertThat(page.select("#leadAgencyId option[selected]").val()).isEqualTo(String.valueOf(this.hsi));
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        assertThat(page.select("#reference")).isEmpty();
        assertThat(page.select("#case-form select").eachAttr("name")).containsExactly("leadAgencyId",
                "prosecutingOfficeId");
        assertThat(page.select("#case-form").attr("action")).isEqualTo("/cases/" + id);
    }

    @Test
    void updatesTheCaseAndRedirectsToIt() {
        long id = this.fixtures.oneCase("Before " + System.nanoTime(), CaseStatus.INVESTIGATION);
        MvcTestResult result = edit(id, "title", "After", "openedOn", "2019-12-01", "prosecutingOfficeId", String.valueOf(this.sdny))
            .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/cases/" + id);
        assertThat(result).flash().containsEntry("flash", "case.updated");
        var row = this.jdbc.sql("select * from enforcement_case where id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("title", "After")
            .containsEntry("opened_on", java.sql.Date.valueOf("2019-12-01"))
            .containsEntry("prosecuting_office_id", this.sdny)
            .containsEntry("version", 1L);
    }

    @Test
    void staleVersionIsA409AndNothingIsOverwritten() {
        long id = this.fixtures.oneCase("Stale " + System.nanoTime(), CaseStatus.INVESTIGATION);
        this.jdbc.sql("update enforcement_case set version = 3 where id = :id").param("id", id).update();
        MvcTestResult result = edit(id, "title", "Overwritten", "version", "2").exchange();
        assertThat(result).hasStatus(409);
        assertThat(html(result).select("h1").text()).isEqualTo("Someone else changed this record");
        assertThat(title(id)).startsWith("Stale ");
    }

    @Test
    void rejectsOpeningAfterTheFirstRaidOrSeizure() {
        long id = this.fixtures.oneCase("Raided " + System.nanoTime(), CaseStatus.OPERATIONAL);
        this.fixtures.raid(id, "LV", LocalDate.of(2020, 6, 10));
        this.fixtures.servers(id, "LV", 1, LocalDate.of(2020, 3, 5));
        assertFieldError(edit(id, "title", "Changed", "openedOn", "2020-04-01"), "caseForm", "openedOn",
                "A case cannot be opened after its first raid or seizure (2020-03-05).");
        assertThat(title(id)).startsWith("Raided ");
        assertThat(edit(id, "openedOn", "2020-03-05").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void rejectsOpeningAfterClosing() {
        long id = this.fixtures.oneCase("Closed " + System.nanoTime(), CaseStatus.CLOSED); // closed 2021-01-01
        assertFieldError(edit(id, "openedOn", "2021-02-01"), "caseForm", "openedOn",
                "A case cannot be opened after it was closed (2021-01-01).");
    }

    @Test
    void rejectsOpeningAfterAStatusChangeAndMovesTheOpeningEntryWithTheOpeningDate() {
        long id = this.fixtures.oneCase("Opened " + System.nanoTime(), CaseStatus.INVESTIGATION);
        this.jdbc.sql("""
                insert into case_status_change (case_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                values (:id, null, 'INVESTIGATION', date '2020-01-01', now(), 'test')""").param("id", id).update();
        assertThat(status(id, "OPERATIONAL", "2020-03-02")).hasStatus3xxRedirection();
        assertFieldError(edit(id, "openedOn", "2020-04-01", "version", "1"), "caseForm", "openedOn",
                "A case cannot be opened after its status changed (2020-03-02).");
        assertThat(edit(id, "openedOn", "2020-02-01", "version", "1").exchange()).hasStatus3xxRedirection();
        assertThat(this.jdbc.sql("select effective_on from case_status_change where case_id = :id order by id")
            .param("id", id)
            .query(LocalDate.class)
            .list()).containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 2));
    }

    @Test
    void editOfAnUnknownCaseIsA404() {
        assertThat(this.mvc.get().uri("/cases/987654321/edit").exchange()).hasStatus(404);
        assertThat(edit(987654321L).exchange()).hasStatus(404);
        assertThat(this.mvc.post().uri("/cases/987654321/status").param("status", "CLOSED")
            .param("effectiveOn", "2021-01-01").param("reason", "Done").exchange())
            .hasStatus(404);
    }

    // ---- status

    @Test
    void changesStatusAndRecordsItInTheTimeline() {
        long id = this.fixtures.oneCase("Moving " + System.nanoTime(), CaseStatus.INVESTIGATION);
        MvcTestResult result = this.mvc.post()
            .uri("/cases/" + id + "/status")
            .param("status", "OPERATIONAL")
            .param("effectiveOn", "2020-03-02")
            .param("reason", "Action day planned")
            .param("version", "0")
            .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/cases/" + id);
        assertThat(this.jdbc.sql("select status from enforcement_case where id = :id").param("id", id)
            .query(String.class)
            .single()).isEqualTo("OPERATIONAL");
        var history = this.jdbc.sql("select * from case_status_change where case_id = :id").param("id", id)
            .query()
            .singleRow();
        assertThat(history).containsEntry("from_status", "INVESTIGATION")
            .containsEntry("to_status", "OPERATIONAL")
            .containsEntry("effective_on", java.sql.Date.valueOf("2020-03-02"))
            .containsEntry("recorded_by", "admin")
            .containsEntry("reason", "Action day planned");
        assertThat(history.get("recorded_at")).isNotNull();
        Document page = html(this.mvc.get().uri("/cases/" + id).exchange());
        assertThat(page.select("#timeline li").last().text()).contains("2020-03-02", "Investigation → Operational",
                "Recorded by admin on", "Action day planned");
        assertThat(page.select("#status option").eachAttr("value")).containsExactly("", "INVESTIGATION",
                "PROSECUTION", "SUSPENDED", "CLOSED");
        assertThat(page.select("#effectiveOn").val()).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
            .toString());
    }

    @Test
    void closesWithTheEffectiveDateAsClosingDate() {
        long id = this.fixtures.oneCase("Closing " + System.nanoTime(), CaseStatus.PROSECUTION);
        assertThat(status(id, "CLOSED", "2021-05-01")).hasStatus3xxRedirection();
        var row = this.jdbc.sql("select status, closed_on from enforcement_case where id = :id").param("id", id)
            .query()
            .singleRow();
        assertThat(row).containsEntry("status", "CLOSED").containsEntry("closed_on", java.sql.Date.valueOf("2021-05-01"));
    }

    @Test
    void rejectsAChangeWithoutADateOrReasonOrBeforeTheOpeningOrInTheFuture() {
        long id = this.fixtures.oneCase("Not closing " + System.nanoTime(), CaseStatus.PROSECUTION);
        assertFieldError(statusRequest(id, "CLOSED", ""), "statusForm", "effectiveOn", "This field is required.");
        assertFieldError(statusRequest(id, "CLOSED", "2019-12-31"), "statusForm", "effectiveOn",
                "The date cannot be before the case was opened (2020-01-01).");
        assertFieldError(statusRequest(id, "CLOSED", LocalDate.now().plusDays(2).toString()), "statusForm",
                "effectiveOn", "The date cannot be in the future.");
        assertFieldError(statusRequest(id, "CLOSED", "2021-05-01", "reason", " "), "statusForm", "reason",
                "This field is required.");
        assertThat(statusChanges(id)).isZero();
    }

    @Test
    void rejectsADateBeforeTheCurrentStatusTookEffect() {
        long id = this.fixtures.oneCase("Ordered " + System.nanoTime(), CaseStatus.INVESTIGATION);
        assertThat(status(id, "OPERATIONAL", "2020-06-01")).hasStatus3xxRedirection();
        assertFieldError(statusRequest(id, "PROSECUTION", "2020-05-31", "version", "1"), "statusForm", "effectiveOn",
                "The date cannot be before 2020-06-01, when the status became Operational.");
        assertThat(statusChanges(id)).isEqualTo(1);
    }

    @Test
    void rejectsATransitionTheWorkflowDoesNotAllow() {
        long id = this.fixtures.oneCase("Closed " + System.nanoTime(), CaseStatus.CLOSED);
        MvcTestResult result = statusRequest(id, "PROSECUTION", "2021-06-01").exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/show");
        assertThat(html(result).select("#status-error").text())
            .isEqualTo("The status cannot move from Closed to Prosecution.");
        assertFieldError(statusRequest(id, "BOGUS", "2021-06-01"), "statusForm", "status",
                "Choose one of the statuses in the list.");
        assertFieldError(statusRequest(id, "", "2021-06-01"), "statusForm", "status", "This field is required.");
        assertThat(statusChanges(id)).isZero();
    }

    @Test
    void staleStatusChangeIsA409() {
        long id = this.fixtures.oneCase("Stale status " + System.nanoTime(), CaseStatus.INVESTIGATION);
        assertThat(statusRequest(id, "OPERATIONAL", "2020-03-02", "version", "7").exchange()).hasStatus(409);
        assertThat(statusChanges(id)).isZero();
    }

    /** A valid new-case form; {@code overrides} are name/value pairs that replace or add fields. */
    private MockMvcRequestBuilder validNewCase(String reference, String... overrides) {
        return form("/cases", overrides, "reference", reference, "title", "Operation Test", "summary", "A test case",
                "leadAgencyId", String.valueOf(this.hsi), "openedOn", "2024-02-29");
    }

    private MockMvcRequestBuilder edit(long id, String... overrides) {
        return form("/cases/" + id, overrides, "title", "Edited", "summary", "Edited summary", "leadAgencyId",
                String.valueOf(this.hsi), "openedOn", "2020-01-01", "version", "0");
    }

    private MockMvcRequestBuilder statusRequest(long id, String status, String effectiveOn, String... overrides) {
        return form("/cases/" + id + "/status", overrides, "status", status, "effectiveOn", effectiveOn, "reason",
                "For the test", "version", "0");
    }

    private MockMvcRequestBuilder form(String uri, String[] overrides, String... defaults) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < defaults.length; i += 2) {
            fields.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMvcRequestBuilder request = this.mvc.post().uri(uri);
        fields.forEach(request::param);
        return request;
    }

    private MvcTestResult status(long id, String status, String effectiveOn) {
        return statusRequest(id, status, effectiveOn).exchange();
    }

    private void assertFieldError(MockMvcRequestBuilder request, String form, String field, String message) {
        long before = caseCount();
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk().model().extractingBindingResult(form).hasFieldErrors(field);
        Document page = html(result);
        assertThat(page.select("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.select("#" + field).hasClass("is-invalid")).isTrue();
        assertThat(caseCount()).isEqualTo(before);
    }

    private long caseCount() {
        return this.fixtures.count("select count(*) from enforcement_case");
    }

    private long statusChanges(long id) {
        return this.fixtures.count("select count(*) from case_status_change where case_id = ?", id);
    }

    private String title(long id) {
        return this.jdbc.sql("select title from enforcement_case where id = :id").param("id", id)
            .query(String.class)
            .single();
    }

}
