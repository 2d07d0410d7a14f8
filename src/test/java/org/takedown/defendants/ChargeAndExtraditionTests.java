package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.defendants.DefendantListTests.html;
import static org.takedown.defendants.DefendantPageTests.assertFieldError;

@IntegrationTest
@Transactional
class ChargeAndExtraditionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** The requests join the test's transaction: flush what Hibernate holds before reading it back with SQL. */
    @Autowired
    EntityManager entityManager;

    DefendantFixtures fixtures;

    long caseId;

    long defendant;

    @BeforeEach
    void setUp() {
        this.fixtures = new DefendantFixtures(this.jdbc);
        this.caseId = this.fixtures.newCase("Charges", LocalDate.of(2020, 6, 1));
        this.defendant = this.fixtures.defendant("Charged " + DefendantFixtures.uniqueTag(), "ARRESTED", null, "CY");
        this.fixtures.addToCase(this.defendant, this.caseId);
    }

    @Test
    void newChargeFormOffersTheDefendantsCases() {
        MvcTestResult result = this.mvc.get().uri("/defendants/{id}/charges/new", this.defendant).exchange();
        assertThat(result).hasStatusOk().hasViewName("defendants/chargeForm");
        Document page = html(result);
        assertThat(page.select("#caseId option[value]").eachAttr("value")).contains(String.valueOf(this.caseId));
        assertThat(page.select("#caseId option[selected]").val()).isEqualTo(String.valueOf(this.caseId));
        assertThat(page.select("#counts").val()).isEqualTo("1");
    }

    @Test
    void addsAChargeInOneOfTheDefendantsCases() {
        MvcTestResult result = this.mvc.post().uri("/defendants/{id}/charges", this.defendant)
            .param("caseId", String.valueOf(this.caseId))
            .param("statute", "17 U.S.C. § 506")
            .param("description", "Criminal copyright infringement")
            .param("counts", "3")
            .param("filedOn", "2020-06-01")
            .param("disposition", "GUILTY_PLEA")
            .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + this.defendant);
        assertThat(result).flash().containsEntry("flash", "defendant.charge.flash.added");
        var row = sql("select case_id, statute, counts, filed_on::text as filed, disposition from charge where defendant_id = ?")
            .param(this.defendant).query().singleRow();
        assertThat(row).containsEntry("case_id", this.caseId)
            .containsEntry("statute", "17 U.S.C. § 506")
            .containsEntry("counts", 3)
            .containsEntry("filed", "2020-06-01")
            .containsEntry("disposition", "GUILTY_PLEA");
    }

    @Test
    void rejectsEachInvalidChargeFieldNextToItAndWritesNothing() {
        long otherCase = this.fixtures.sparksCaseId();
        assertFieldError(charge("caseId", ""), "caseId", "This field is required.");
        assertFieldError(charge("caseId", String.valueOf(otherCase)), "caseId", "Choose one of the defendant's cases.");
        assertFieldError(charge("statute", " "), "statute", "This field is required.");
        assertFieldError(charge("statute", "s".repeat(201)), "statute", "Must be between 0 and 200 characters long.");
        assertFieldError(charge("description", ""), "description", "This field is required.");
        assertFieldError(charge("counts", "0"), "counts", "Must be greater than zero.");
        assertFieldError(charge("counts", "many"), "counts", "Enter a whole number.");
        assertFieldError(charge("counts", "99999999999"), "counts", "Enter a whole number.");
        assertFieldError(charge("filedOn", "2020-05-31"), "filedOn", "A charge cannot be filed before its case was opened.");
        assertFieldError(charge("filedOn", "not a date"), "filedOn", "Enter a date as YYYY-MM-DD.");
        assertFieldError(charge("disposition", "MAYBE"), "disposition", "Has the wrong format.");
        assertThat(chargeCount()).isZero();
    }

    @Test
    void editsAChargeWithItsVersionAndRejectsAStaleOne() {
        long chargeId = this.fixtures.charge(this.defendant, this.caseId, "Old statute");
        MvcTestResult form = this.mvc.get().uri("/defendants/{id}/charges/{chargeId}/edit", this.defendant, chargeId)
            .exchange();
        assertThat(form).hasStatusOk();
        assertThat(html(form).select("#statute").val()).isEqualTo("Old statute");
        assertThat(html(form).select("input[name=version]").val()).isEqualTo("0");

        MvcTestResult saved = chargeUpdate(chargeId, "New statute", "2020-07-01", "0");
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + this.defendant);
        assertThat(sql("select statute || ' ' || disposition || ' ' || version from charge where id = ?")
            .param(chargeId).query(String.class).single()).isEqualTo("New statute CONVICTED 1");

        assertThat(chargeUpdate(chargeId, "Stale statute", "2020-07-01", "0")).hasStatus(HttpStatus.CONFLICT);
        assertFieldError(chargeUpdate(chargeId, "Early", "2019-01-01", "1"), "filedOn",
                "A charge cannot be filed before its case was opened.");
        assertThat(sql("select statute from charge where id = ?").param(chargeId).query(String.class).single())
            .isEqualTo("New statute");
    }

    @Test
    void chargeOfAnotherDefendantOrUnknownIsA404() {
        long other = this.fixtures.defendant("Other " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        this.fixtures.addToCase(other, this.caseId);
        long othersCharge = this.fixtures.charge(other, this.caseId, "Theirs");
        MvcTestResult result = this.mvc.get()
            .uri("/defendants/{id}/charges/{chargeId}/edit", this.defendant, othersCharge)
            .exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result).select("main").text()).contains("This defendant has no charge with the id " + othersCharge);
        assertThat(chargeUpdate(othersCharge, "Hijacked", "2020-07-01", "0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(chargeUpdate(987654, "", "", "0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.get().uri("/defendants/{id}/charges/987654/edit", this.defendant))
            .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(sql("select statute from charge where id = ?").param(othersCharge).query(String.class)
            .single()).isEqualTo("Theirs");
    }

    @Test
    void recordsANewExtraditionRequest() {
        MvcTestResult form = this.mvc.get().uri("/defendants/{id}/extraditions/new", this.defendant).exchange();
        assertThat(form).hasStatusOk().hasViewName("defendants/extraditionForm");
        assertThat(html(form).select("#requestedJurisdiction option[selected]").val()).isEqualTo("CY");
        assertThat(html(form).select("#requestedJurisdiction option[value=US-KS]")).hasSize(1);

        MvcTestResult result = extradition("requestingJurisdiction", "us-nysd");
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + this.defendant);
        var row = sql("""
                select case_id, requesting_jurisdiction_code as requesting, requested_jurisdiction_code as requested,
                       legal_basis, status, requested_on::text as requested_on
                from extradition_request where defendant_id = ?""").param(this.defendant).query().singleRow();
        assertThat(row).containsEntry("case_id", this.caseId)
            .containsEntry("requesting", "US-NYSD")
            .containsEntry("requested", "CY")
            .containsEntry("legal_basis", "Bilateral treaty")
            .containsEntry("status", "REQUESTED")
            .containsEntry("requested_on", "2020-09-01");
        var history = sql("""
                select h.from_status, h.to_status, h.effective_on::text as effective_on, h.recorded_by
                from extradition_status_change h join extradition_request r on r.id = h.extradition_request_id
                where r.defendant_id = ?""").param(this.defendant).query().singleRow();
        assertThat(history).containsEntry("from_status", null)
            .containsEntry("to_status", "REQUESTED")
            .containsEntry("effective_on", "2020-09-01")
            .containsEntry("recorded_by", "admin");
    }

    @Test
    void rejectsEachInvalidExtraditionFieldNextToItAndWritesNothing() {
        assertFieldError(extradition("requestingJurisdiction", ""), "requestingJurisdiction", "This field is required.");
        assertFieldError(extradition("requestingJurisdiction", "QQ"), "requestingJurisdiction",
                "There is no jurisdiction with this code.");
        assertFieldError(extradition("requestedJurisdiction", "QQ-ZZ"), "requestedJurisdiction",
                "There is no jurisdiction with this code.");
        assertFieldError(extradition("requestingJurisdiction", "cy"), "requestedJurisdiction",
                "The requested jurisdiction must differ from the requesting one.");
        assertFieldError(extradition("legalBasis", "b".repeat(301)), "legalBasis",
                "Must be between 0 and 300 characters long.");
        assertFieldError(extradition("requestedOn", ""), "requestedOn", "This field is required.");
        assertFieldError(extradition("requestedOn", LocalDate.now().plusDays(3).toString()), "requestedOn",
                "Cannot be in the future.");
        assertFieldError(extradition("caseId", String.valueOf(this.fixtures.sparksCaseId())), "caseId",
                "Choose one of the defendant's cases.");
        assertThat(sql("select count(*) from extradition_request where defendant_id = ?")
            .param(this.defendant).query(Long.class).single()).isZero();
    }

    @Test
    void updatesAnExtraditionRequestAndRejectsDatesBeforeTheRequestAndStaleVersions() {
        long requestId = this.fixtures.extradition(this.defendant, this.caseId, "US", "CY", LocalDate.of(2020, 9, 1));
        MvcTestResult form = this.mvc.get()
            .uri("/defendants/{id}/extraditions/{requestId}/edit", this.defendant, requestId)
            .exchange();
        assertThat(form).hasStatusOk().hasViewName("defendants/extraditionEdit");
        assertThat(html(form).select("#extradition-summary").text()).contains("United States", "Cyprus", "Test treaty");

        assertThat(html(form).select("#status")).isEmpty();

        MvcTestResult saved = extraditionUpdate(requestId, "2020-09-01", "0");
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + this.defendant);
        assertThat(sql("""
                select status || ' ' || hearing_on || ' ' || decided_on || ' ' || surrendered_on || ' ' || note || ' ' || version
                from extradition_request where id = ?""").param(requestId).query(String.class).single())
            .isEqualTo("REQUESTED 2020-09-01 2020-10-01 2020-11-01 Flown to New York 1");

        for (String field : new String[] { "hearingOn", "decidedOn", "surrenderedOn" }) {
            MvcTestResult early = this.mvc.post()
                .uri("/defendants/{id}/extraditions/{requestId}", this.defendant, requestId)
                .param("version", "1").param(field, "2020-08-31").exchange();
            assertFieldError(early, field, "Cannot be before the date of the request.");
        }
        assertThat(extraditionUpdate(requestId, "2020-09-01", "0")).hasStatus(HttpStatus.CONFLICT);
        assertThat(sql("select note from extradition_request where id = ?").param(requestId)
            .query(String.class).single()).isEqualTo("Flown to New York");
    }

    @Test
    void showsAnExtraditionRequestWithItsTimelineAndOnlyTheStatusesThatMayFollow() {
        long requestId = this.fixtures.extradition(this.defendant, this.caseId, "US", "CY", LocalDate.of(2020, 9, 1));
        MvcTestResult result = this.mvc.get()
            .uri("/defendants/{id}/extraditions/{requestId}", this.defendant, requestId)
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("defendants/extradition");
        Document page = html(result);
        assertThat(page.select("#extradition-summary").text()).contains("United States", "Cyprus", "Test treaty");
        assertThat(page.select("#timeline li")).singleElement()
            .satisfies((entry) -> assertThat(entry.text()).contains("2020-09-01", "Requested", "Recorded by test"));
        assertThat(page.select("#status option").eachAttr("value")).containsExactly("", "HEARING", "GRANTED",
                "REFUSED", "WITHDRAWN");
        assertThat(page.select("#status-form").attr("action"))
            .isEqualTo("/defendants/" + this.defendant + "/extraditions/" + requestId + "/status");
        assertThat(html(this.mvc.get().uri("/defendants/{id}", this.defendant).exchange())
            .select("#extraditions a[href=/defendants/" + this.defendant + "/extraditions/" + requestId + "]")
            .text()).isEqualTo("Requested");
    }

    @Test
    void changesAnExtraditionRequestsStatusAndRecordsItInItsTimeline() {
        long requestId = this.fixtures.extradition(this.defendant, this.caseId, "US", "CY", LocalDate.of(2020, 9, 1));
        MvcTestResult result = extraditionStatus(requestId, "GRANTED", "2020-10-01", "Court granted it", "0");
        assertThat(result).hasStatus(HttpStatus.FOUND)
            .hasRedirectedUrl("/defendants/" + this.defendant + "/extraditions/" + requestId);
        assertThat(result).flash().containsEntry("flash", "defendant.extradition.flash.statusChanged");
        assertThat(sql("select status from extradition_request where id = ?").param(requestId).query(String.class)
            .single()).isEqualTo("GRANTED");
        var change = sql("""
                select from_status, to_status, effective_on::text as effective_on, recorded_by, reason,
                       recorded_at > now() - interval '1 minute' as just_now
                from extradition_status_change where extradition_request_id = ? order by id desc limit 1""")
            .param(requestId).query().singleRow();
        assertThat(change).containsEntry("from_status", "REQUESTED")
            .containsEntry("to_status", "GRANTED")
            .containsEntry("effective_on", "2020-10-01")
            .containsEntry("recorded_by", "admin")
            .containsEntry("reason", "Court granted it")
            .containsEntry("just_now", true);
        Document page = html(this.mvc.get()
            .uri("/defendants/{id}/extraditions/{requestId}", this.defendant, requestId)
            .exchange());
        assertThat(page.select("#timeline li").last().text()).contains("2020-10-01", "Requested → Granted",
                "Recorded by admin", "Court granted it");
        assertThat(page.select("#status option").eachAttr("value")).containsExactly("", "SURRENDERED", "WITHDRAWN");
    }

    @Test
    void refusesAnExtraditionStatusChangeTheCourseDoesNotAllowOrDatedWronglyNextToTheField() {
        long requestId = this.fixtures.extradition(this.defendant, this.caseId, "US", "CY", LocalDate.of(2020, 9, 1));
        assertStatusError(extraditionStatus(requestId, "SURRENDERED", "2020-10-01", "r", "0"), "status",
                "The status cannot move from Requested to Surrendered.");
        assertStatusError(extraditionStatus(requestId, "HEARING", "2020-08-31", "r", "0"), "effectiveOn",
                "Cannot be before the date of the request.");
        assertStatusError(extraditionStatus(requestId, "HEARING", LocalDate.now().plusDays(2).toString(), "r", "0"),
                "effectiveOn", "The date cannot be in the future.");
        assertStatusError(extraditionStatus(requestId, "", "2020-10-01", "r", "0"), "status",
                "This field is required.");
        assertStatusError(extraditionStatus(requestId, "HEARING", "2020-10-01", " ", "0"), "reason",
                "This field is required.");
        assertThat(extraditionStatus(requestId, "HEARING", "2020-10-01", "r", "3")).hasStatus(HttpStatus.CONFLICT);
        assertThat(sql("select count(*) from extradition_status_change where extradition_request_id = ?")
            .param(requestId).query(Long.class).single()).isEqualTo(1);
        assertThat(sql("select status from extradition_request where id = ?").param(requestId).query(String.class)
            .single()).isEqualTo("REQUESTED");
    }

    private MvcTestResult extraditionStatus(long requestId, String status, String effectiveOn, String reason,
            String version) {
        return this.mvc.post()
            .uri("/defendants/{id}/extraditions/{requestId}/status", this.defendant, requestId)
            .param("status", status).param("effectiveOn", effectiveOn).param("reason", reason)
            .param("version", version).exchange();
    }

    private void assertStatusError(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatusOk().hasViewName("defendants/extradition");
        assertThat(result).model().extractingBindingResult("statusForm").hasFieldErrors(field);
        assertThat(html(result).select("#" + field + "-error").text()).isEqualTo(message);
    }

    @Test
    void extraditionRequestOfAnotherDefendantOrUnknownIsA404() {
        long other = this.fixtures.defendant("Other " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        long othersRequest = this.fixtures.extradition(other, null, "US", "NO", LocalDate.of(2020, 9, 1));
        MvcTestResult result = this.mvc.get()
            .uri("/defendants/{id}/extraditions/{requestId}/edit", this.defendant, othersRequest)
            .exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result).select("main").text())
            .contains("This defendant has no extradition request with the id " + othersRequest);
        assertThat(extraditionUpdate(othersRequest, "2020-09-01", "0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.get().uri("/defendants/{id}/extraditions/{requestId}", this.defendant, othersRequest))
            .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(extraditionStatus(othersRequest, "HEARING", "2020-10-01", "r", "0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.get().uri("/defendants/987654/extraditions/{requestId}/edit", othersRequest))
            .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult charge(String field, String value) {
        var request = this.mvc.post().uri("/defendants/{id}/charges", this.defendant).param(field, value);
        String[][] defaults = { { "caseId", String.valueOf(this.caseId) }, { "statute", "17 U.S.C. § 506" },
                { "description", "Infringement" }, { "counts", "1" }, { "filedOn", "2020-07-01" },
                { "disposition", "PENDING" } };
        for (String[] pair : defaults) {
            if (!pair[0].equals(field)) {
                request = request.param(pair[0], pair[1]);
            }
        }
        return request.exchange();
    }

    private MvcTestResult chargeUpdate(long chargeId, String statute, String filedOn, String version) {
        return this.mvc.post().uri("/defendants/{id}/charges/{chargeId}", this.defendant, chargeId)
            .param("statute", statute).param("description", "Updated").param("counts", "2").param("filedOn", filedOn)
            .param("disposition", "CONVICTED").param("version", version).exchange();
    }

    private MvcTestResult extradition(String field, String value) {
        var request = this.mvc.post().uri("/defendants/{id}/extraditions", this.defendant).param(field, value);
        String[][] defaults = { { "caseId", String.valueOf(this.caseId) }, { "requestingJurisdiction", "US" },
                { "requestedJurisdiction", "CY" }, { "legalBasis", "Bilateral treaty" }, { "requestedOn", "2020-09-01" } };
        for (String[] pair : defaults) {
            if (!pair[0].equals(field)) {
                request = request.param(pair[0], pair[1]);
            }
        }
        return request.exchange();
    }

    private MvcTestResult extraditionUpdate(long requestId, String hearingOn, String version) {
        return this.mvc.post().uri("/defendants/{id}/extraditions/{requestId}", this.defendant, requestId)
            .param("hearingOn", hearingOn).param("decidedOn", "2020-10-01")
            .param("surrenderedOn", "2020-11-01").param("note", "Flown to New York").param("version", version)
            .exchange();
    }

    private org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql(String statement) {
        this.entityManager.flush();
        return this.jdbc.sql(statement);
    }

    private long chargeCount() {
        return sql("select count(*) from charge where defendant_id = ?").param(this.defendant)
            .query(Long.class).single();
    }

}
