package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.defendants.DefendantListTests.html;

/** The defendant page and what is changed from it: identity, legal status, aliases. */
@IntegrationTest
@Transactional
class DefendantPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** The requests join the test's transaction: flush what Hibernate holds before reading it back with SQL. */
    @Autowired
    EntityManager entityManager;

    @Autowired
    SqlStatementCounter counter;

    DefendantFixtures fixtures;

    @BeforeEach
    void setUp() {
        this.fixtures = new DefendantFixtures(this.jdbc);
    }

    @Test
    void showsIdentityCustodyCasesAliasesChargesExtraditionsAndHistory() {
        long bridi = id("George Bridi");
        Document page = show(bridi);
        assertThat(page.select("h1").text()).isEqualTo("George Bridi");
        assertThat(page.select("#legal-status .badge").text()).isEqualTo("Extradition requested");
        assertThat(page.select("#identity").text()).contains("United Kingdom", "Cyprus", "CY", "2020-08-25");
        assertThat(page.select("#identity .fi-gb, #identity .fi-cy")).hasSize(2);
        assertThat(page.select("#cases a").attr("href")).isEqualTo("/cases/" + this.fixtures.sparksCaseId());
        assertThat(page.select("#cases li").text()).isEqualTo("TKD-2020-0001 · Sparks Group Defendant since 2020-08-25");
        assertThat(page.select("#charges").text()).contains("18 U.S.C. § 371", "Conspiracy", "Pending", "TKD-2020-0001");
        assertThat(page.select("#extraditions").text()).contains("United States", "Cyprus", "Extradition treaty",
                "Requested");
        assertThat(page.select("#timeline li")).hasSize(2);
        assertThat(page.select("#timeline li").get(0).text()).contains("2020-08-25", "Arrested", "demo-data");
        assertThat(page.select("#timeline li").get(1).text()).contains("2020-08-26", "Arrested → Extradition requested",
                "US authorities will seek his extradition from Cyprus", "UTC");
        assertThat(show(id("Jonathan Correa")).select("#aliases").text()).contains("Raid",
                "Press coverage of the charges", "High");
    }

    @Test
    void listsEachCaseOfTheDefendantWithTheirRoleInItAndSinceWhen() {
        long witness = this.fixtures.defendant("Witness " + DefendantFixtures.uniqueTag(), "AT_LARGE", "NO", null);
        long first = this.fixtures.newCase("First", LocalDate.of(2021, 1, 4));
        long second = this.fixtures.newCase("Second", LocalDate.of(2021, 2, 1));
        this.fixtures.addToCase(witness, second, "WITNESS", LocalDate.of(2021, 2, 3));
        this.fixtures.addToCase(witness, first, "SUSPECT", LocalDate.of(2021, 1, 5));

        Document page = show(witness);

        assertThat(page.select("#cases li").eachText()).satisfiesExactly(
                (line) -> assertThat(line).startsWith("TKD-9999-").endsWith("· First Suspect since 2021-01-05"),
                (line) -> assertThat(line).startsWith("TKD-9999-").endsWith("· Second Witness since 2021-02-03"));
        assertThat(page.select("#cases a").eachAttr("href")).containsExactly("/cases/" + first, "/cases/" + second);
    }

    @Test
    void unknownDefendantIsA404Page() {
        for (String uri : new String[] { "/defendants/987654", "/defendants/987654/edit",
                "/defendants/987654/charges/new", "/defendants/987654/extraditions/new" }) {
            MvcTestResult result = this.mvc.get().uri(uri).exchange();
            assertThat(result).as(uri).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(html(result).select("main").text()).contains("There is no defendant with the id 987654");
        }
        assertThat(this.mvc.post().uri("/defendants/987654/status").param("status", "WANTED")
            .param("effectiveOn", "2021-01-01").param("reason", "x")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.post().uri("/defendants/987654/aliases").param("alias", "a").param("source", "s")
            .param("confidence", "LOW")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.post().uri("/defendants/987654").param("fullName", "Nobody")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void editFormShowsTheCurrentValuesAndTheVersion() {
        long correa = id("Jonathan Correa");
        MvcTestResult result = this.mvc.get().uri("/defendants/{id}/edit", correa).exchange();
        assertThat(result).hasStatusOk().hasViewName("defendants/edit");
        Document page = html(result);
        assertThat(page.select("#fullName").val()).isEqualTo("Jonathan Correa");
        assertThat(page.select("#custodyJurisdiction option[selected]").val()).isEqualTo("US-KS");
        assertThat(page.select("#arrestedOn").val()).isEqualTo("2020-08-25");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(this.fixtures.version(correa)));
        assertThat(page.select("#nationality option")).hasSizeGreaterThan(200);
    }

    @Test
    void updatesIdentityAndCustodyAndRedirectsToTheDefendant() {
        long id = this.fixtures.defendant("Edit Me " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        MvcTestResult result = this.mvc.post().uri("/defendants/{id}", id)
            .param("fullName", "  Edited Name  ")
            .param("nationality", "LV")
            .param("dateOfBirth", "1990-05-01")
            .param("custodyJurisdiction", "us-ks")
            .param("arrestedOn", "2021-02-03")
            .param("arrestPlace", "Wichita")
            .param("version", "0")
            .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + id);
        assertThat(result).flash().containsEntry("flash", "defendant.flash.updated");
        var row = sql("""
                select full_name, nationality_code, date_of_birth::text as dob, custody_jurisdiction_code,
                       arrested_on::text as arrested, arrest_place, version from defendant where id = ?""")
            .param(id)
            .query()
            .singleRow();
        assertThat(row).containsEntry("full_name", "Edited Name")
            .containsEntry("nationality_code", "LV")
            .containsEntry("dob", "1990-05-01")
            .containsEntry("custody_jurisdiction_code", "US-KS")
            .containsEntry("arrested", "2021-02-03")
            .containsEntry("arrest_place", "Wichita")
            .containsEntry("version", 1L);
    }

    @Test
    void rejectsEachInvalidIdentityFieldNextToItAndWritesNothing() {
        long id = this.fixtures.defendant("Invalid " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        String future = LocalDate.now().plusDays(2).toString();
        assertFieldError(editPost(id, "fullName", " "), "fullName", "This field is required.");
        assertFieldError(editPost(id, "fullName", "x".repeat(201)), "fullName", "Must be between 0 and 200 characters long.");
        assertFieldError(editPost(id, "nationality", "ZZ"), "nationality", "There is no country with this code.");
        assertFieldError(editPost(id, "dateOfBirth", future), "dateOfBirth", "Cannot be in the future.");
        assertFieldError(editPost(id, "dateOfBirth", "31.12.1990"), "dateOfBirth", "Enter a date as YYYY-MM-DD.");
        assertFieldError(editPost(id, "custodyJurisdiction", "XX-NOPE"), "custodyJurisdiction",
                "There is no jurisdiction with this code.");
        assertFieldError(editPost(id, "arrestedOn", future), "arrestedOn", "Cannot be in the future.");
        assertFieldError(editPost(id, "arrestPlace", "p".repeat(201)), "arrestPlace",
                "Must be between 0 and 200 characters long.");
        MvcTestResult bornAfterArrest = this.mvc.post().uri("/defendants/{id}", id)
            .param("fullName", "Name").param("dateOfBirth", "2021-01-01").param("arrestedOn", "2020-01-01")
            .param("version", "0").exchange();
        assertFieldError(bornAfterArrest, "dateOfBirth", "The date of birth must be before the date of arrest.");
        assertThat(this.fixtures.version(id)).isZero();
        assertThat(sql("select full_name from defendant where id = ?").param(id).query(String.class).single())
            .startsWith("Invalid ");
    }

    @Test
    void staleVersionIsA409AndNothingIsOverwritten() {
        long id = this.fixtures.defendant("Stale " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        sql("update defendant set version = 3 where id = ?").param(id).update();
        MvcTestResult result = this.mvc.post().uri("/defendants/{id}", id).param("fullName", "Overwritten")
            .param("version", "2").exchange();
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(html(result).text()).contains("Someone else changed this record");
        assertThat(sql("select full_name from defendant where id = ?").param(id).query(String.class).single())
            .startsWith("Stale ");
        assertThat(this.mvc.post().uri("/defendants/{id}/status", id).param("status", "ARRESTED")
            .param("effectiveOn", "2021-01-01").param("reason", "n").param("version", "2"))
            .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void changesTheLegalStatusAndRecordsItInTheHistory() {
        long id = this.fixtures.defendant("Status " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        MvcTestResult result = this.mvc.post().uri("/defendants/{id}/status", id)
            .param("status", "ARRESTED")
            .param("effectiveOn", "2021-02-03")
            .param("reason", "Arrested at the border")
            .param("version", "0")
            .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + id);
        assertThat(result).flash().containsEntry("flash", "defendant.flash.statusChanged");
        assertThat(sql("select legal_status from defendant where id = ?").param(id).query(String.class).single())
            .isEqualTo("ARRESTED");
        var change = sql("""
                select from_status, to_status, effective_on::text as effective_on, recorded_by, reason,
                       recorded_at > now() - interval '1 minute' as just_now
                from defendant_status_change
                where defendant_id = ? order by id desc limit 1""").param(id).query().singleRow();
        assertThat(change).containsEntry("from_status", "WANTED")
            .containsEntry("to_status", "ARRESTED")
            .containsEntry("effective_on", "2021-02-03")
            .containsEntry("recorded_by", "admin")
            .containsEntry("reason", "Arrested at the border")
            .containsEntry("just_now", true);
        assertThat(show(id).select("#timeline li").last().text()).contains("2021-02-03", "Wanted → Arrested",
                "Recorded by admin", "Arrested at the border");
    }

    @Test
    void rejectsAMoveTheWorkflowDoesNotAllowAMissingReasonAnUnknownStatusAndBadDatesNextToTheFields() {
        long id = this.fixtures.defendant("Same " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        MvcTestResult same = statusChange(id, "WANTED", "2021-01-01", "again");
        assertThat(same).hasStatusOk().hasViewName("defendants/show");
        assertThat(same).model().extractingBindingResult("statusForm").hasFieldErrorCode("status",
                "status.notAllowed");
        assertThat(html(same).select("#status-error").text()).isEqualTo("The status cannot move from Wanted to Wanted.");
        assertThat(html(same).select("#status option").eachAttr("value")).containsExactly("", "ARRESTED", "CHARGED",
                "DISMISSED");

        MvcTestResult noReason = statusChange(id, "ARRESTED", "2021-01-01", "  ");
        assertThat(html(noReason).select("#reason-error").text()).isEqualTo("This field is required.");

        MvcTestResult unknown = statusChange(id, "ESCAPED", "2021-01-01", "n");
        assertThat(unknown).hasStatusOk();
        assertThat(html(unknown).select("#status-error").text()).isEqualTo("Choose one of the statuses in the list.");

        MvcTestResult future = statusChange(id, "ARRESTED", LocalDate.now().plusDays(2).toString(), "n");
        assertThat(html(future).select("#effectiveOn-error").text()).isEqualTo("The date cannot be in the future.");

        MvcTestResult beforeCurrent = statusChange(id, "ARRESTED", "2019-12-31", "n");
        assertThat(html(beforeCurrent).select("#effectiveOn-error").text())
            .isEqualTo("The date cannot be before 2020-01-01, when the status became Wanted.");
        assertThat(sql("select count(*) from defendant_status_change where defendant_id = ?").param(id)
            .query(Long.class).single()).isEqualTo(1);
    }

    private MvcTestResult statusChange(long id, String status, String effectiveOn, String reason) {
        return this.mvc.post().uri("/defendants/{id}/status", id).param("status", status)
            .param("effectiveOn", effectiveOn).param("reason", reason).param("version", "0").exchange();
    }

    @Test
    void addsAndRemovesAliases() {
        long id = this.fixtures.defendant("Aliased " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        MvcTestResult added = this.mvc.post().uri("/defendants/{id}/aliases", id).param("alias", "Ghost")
            .param("source", "Informant").param("confidence", "CONFIRMED").exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + id);
        long aliasId = sql("select id from defendant_alias where defendant_id = ? and alias = 'Ghost'")
            .param(id).query(Long.class).single();
        assertThat(show(id).select("#aliases").text()).contains("Ghost", "Informant", "Confirmed");

        MvcTestResult removed = this.mvc.post().uri("/defendants/{id}/aliases/{aliasId}/delete", id, aliasId).exchange();
        assertThat(removed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + id);
        assertThat(sql("select count(*) from defendant_alias where defendant_id = ?").param(id)
            .query(Long.class).single()).isZero();
    }

    @Test
    void rejectsInvalidAndDuplicateAliasesAndUnknownAliasIds() {
        long id = this.fixtures.defendant("Dup " + DefendantFixtures.uniqueTag(), "WANTED", null, null);
        this.fixtures.alias(id, "Shadow");
        MvcTestResult duplicate = this.mvc.post().uri("/defendants/{id}/aliases", id).param("alias", "shadow")
            .param("source", "s").param("confidence", "LOW").exchange();
        assertThat(duplicate).hasStatusOk().hasViewName("defendants/show");
        assertThat(html(duplicate).select("#alias-error").text()).isEqualTo("The defendant already has this alias.");
        MvcTestResult blank = this.mvc.post().uri("/defendants/{id}/aliases", id).param("alias", "")
            .param("source", "s".repeat(301)).param("confidence", "SURE").exchange();
        Document page = html(blank);
        assertThat(page.select("#alias-error").text()).isEqualTo("This field is required.");
        assertThat(page.select("#source-error").text()).isEqualTo("Must be between 0 and 300 characters long.");
        assertThat(page.select("#confidence-error").text()).isEqualTo("Has the wrong format.");
        assertThat(page.select("details[open] #alias-form")).hasSize(1);
        assertThat(sql("select count(*) from defendant_alias where defendant_id = ?").param(id)
            .query(Long.class).single()).isEqualTo(1);

        long otherAlias = this.fixtures.alias(id("Jonathan Correa"), "Other " + DefendantFixtures.uniqueTag());
        assertThat(this.mvc.post().uri("/defendants/{id}/aliases/{aliasId}/delete", id, otherAlias))
            .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.post().uri("/defendants/{id}/aliases/{aliasId}/delete", id, 987654))
            .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void detailPageCostsTheSameStatementsFor5And500AliasesChargesRequestsAndHistoryRows() {
        long caseId = this.fixtures.sparksCaseId();
        long small = this.fixtures.defendant("Small " + DefendantFixtures.uniqueTag(), "ARRESTED", "NO", "US-KS");
        this.fixtures.addToCase(small, caseId);
        this.fixtures.grow(small, caseId, 5);
        long large = this.fixtures.defendant("Large " + DefendantFixtures.uniqueTag(), "ARRESTED", "NO", "US-KS");
        this.fixtures.addToCase(large, caseId);
        this.fixtures.addToCase(large, this.fixtures.newCase("Second", LocalDate.of(2020, 1, 1)));
        this.fixtures.grow(large, caseId, 500);

        this.counter.reset();
        Document smallPage = show(small);
        int smallCount = this.counter.count();
        this.counter.reset();
        Document largePage = show(large);
        int largeCount = this.counter.count();

        assertThat(smallPage.select("#aliases tbody tr")).hasSize(5);
        assertThat(largePage.select("#aliases tbody tr")).hasSize(500);
        assertThat(largePage.select("#charges tbody tr")).hasSize(500);
        assertThat(largePage.select("#extraditions tbody tr")).hasSize(500);
        // the legal-status history shows its latest 20 changes and how many earlier ones the History tab has
        assertThat(largePage.select("#timeline li")).hasSize(20);
        assertThat(largePage.select("#timeline-earlier").text()).contains("481 earlier");
        assertThat(largePage.select("#cases li")).hasSize(2);
        assertThat(largeCount).isEqualTo(smallCount);
    }

    private MvcTestResult editPost(long id, String field, String value) {
        var request = this.mvc.post().uri("/defendants/{id}", id).param("version", "0").param(field, value);
        if (!field.equals("fullName")) {
            request = request.param("fullName", "Valid name");
        }
        return request.exchange();
    }

    static void assertFieldError(MvcTestResult result, String field, String message) {
        assertThat(result).as(field).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#" + field + "-error").text()).as(field).isEqualTo(message);
        assertThat(page.select("#" + field).hasClass("is-invalid")).as(field).isTrue();
        assertThat(page.select("#" + field).attr("aria-describedby")).as(field).contains(field + "-error");
    }

    private Document show(long id) {
        MvcTestResult result = this.mvc.get().uri("/defendants/{id}", id).exchange();
        assertThat(result).hasStatusOk().hasViewName("defendants/show");
        return html(result);
    }

    private org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql(String statement) {
        this.entityManager.flush();
        return this.jdbc.sql(statement);
    }

    private long id(String fullName) {
        return sql("select id from defendant where full_name = ?").param(fullName).query(Long.class).single();
    }

}
