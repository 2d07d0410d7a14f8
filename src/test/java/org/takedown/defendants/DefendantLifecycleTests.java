package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.shared.RuleViolations;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.takedown.defendants.DefendantListTests.html;

/**
 * A defendant's life in the records: created (after the duplicate warning), placed in a case, taken out of it (the
 * link voided, never deleted) and merged with another record of the same person.
 */
@IntegrationTest
@Transactional
class DefendantLifecycleTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DefendantService service;

    @Autowired
    EntityManager entityManager;

    @Autowired
    SqlStatementCounter counter;

    DefendantFixtures fixtures;

    String tag;

    @BeforeEach
    void setUp() {
        this.fixtures = new DefendantFixtures(this.jdbc);
        this.tag = DefendantFixtures.uniqueTag();
    }

    @Test
    void createsADefendantInACaseAndShowsItInTheCaseSection() {
        long caseId = this.fixtures.newCase("Lifecycle " + this.tag, LocalDate.of(2021, 3, 1));
        Document form = html(this.mvc.get().uri("/defendants/new?case=" + caseId).exchange());
        assertThat(form.select("#role option[selected]").attr("value")).isEqualTo("SUSPECT");
        assertThat(form.select("input[name=caseId]").val()).isEqualTo(String.valueOf(caseId));

        MvcTestResult created = this.mvc.post().uri("/defendants").param("fullName", "Qorvath Zenlidun " + this.tag)
            .param("nationality", "NO").param("dateOfBirth", "1990-05-04").param("legalStatus", "WANTED")
            .param("statusSince", "2021-03-02").param("caseId", String.valueOf(caseId)).param("role", "SUSPECT")
            .param("since", "2021-03-02").exchange();

        assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/" + caseId);
        flush();
        var row = this.jdbc.sql("""
                select d.nationality_code, d.legal_status, cd.role, cd.since from defendant d
                join case_defendant cd on cd.defendant_id = d.id where d.full_name = ?""")
            .param("Qorvath Zenlidun " + this.tag).query().singleRow();
        assertThat(row).containsEntry("nationality_code", "NO").containsEntry("legal_status", "WANTED")
            .containsEntry("role", "SUSPECT");
        Document casePage = html(this.mvc.get().uri("/cases/" + caseId).exchange());
        assertThat(casePage.select("#defendants-heading").text()).isEqualTo("Defendants (1)");
        assertThat(casePage.select("#defendants").text()).contains("Qorvath Zenlidun", "Suspect", "Norway");
        assertThat(casePage.select("#new-defendant").attr("href")).isEqualTo("/defendants/new?case=" + caseId);
    }

    @Test
    void warnsOfLikelyDuplicatesBeforeCreatingAndCreatesOnlyWhenConfirmed() {
        long existing = this.fixtures.defendant("Veldrano Quist " + this.tag, "WANTED", "NO", null);
        this.fixtures.alias(existing, "Quistie " + this.tag);

        MvcTestResult warned = this.mvc.post().uri("/defendants").param("fullName", "Veldrano Quest " + this.tag)
            .param("legalStatus", "AT_LARGE").param("statusSince", "2021-03-02").exchange();

        assertThat(warned).hasStatusOk().hasViewName("defendants/new");
        Document page = html(warned);
        assertThat(page.select("#duplicates a").eachAttr("href")).contains("/defendants/" + existing);
        assertThat(page.select("#duplicates").text()).contains("Veldrano Quist " + this.tag, "Quistie", "Norway");
        assertThat(page.select("#create-anyway").attr("value")).isEqualTo("true");
        assertThat(count("Veldrano Quest " + this.tag)).isZero();

        MvcTestResult confirmed = this.mvc.post().uri("/defendants").param("fullName", "Veldrano Quest " + this.tag)
            .param("legalStatus", "AT_LARGE").param("statusSince", "2021-03-02").param("confirmed", "true").exchange();
        assertThat(confirmed).hasStatus(HttpStatus.FOUND);
        assertThat(confirmed.getResponse().getRedirectedUrl()).matches("/defendants/\\d+");
        flush();
        assertThat(count("Veldrano Quest " + this.tag)).isOne();
    }

    @Test
    void theDuplicateWarningUsesTheSearchBoxsMatching() {
        long existing = this.fixtures.defendant("Ostrava Pelnikov " + this.tag, "WANTED", null, null);
        flush();
        String typed = "Ostrava Pelnikow " + this.tag;
        Document search = html(this.mvc.get().uri("/search").param("q", typed).exchange());
        Document warning = html(this.mvc.post().uri("/defendants").param("fullName", typed)
            .param("legalStatus", "AT_LARGE").param("statusSince", "2021-03-02").exchange());
        assertThat(search.select("a[href=/defendants/" + existing + "]")).isNotEmpty();
        assertThat(warning.select("#duplicates a[href=/defendants/" + existing + "]")).isNotEmpty();
    }

    @Test
    void refusesANewDefendantWithoutNameOrWithAFutureStatusNextToTheFields() {
        MvcTestResult result = this.mvc.post().uri("/defendants").param("fullName", " ").param("legalStatus", "WANTED")
            .param("statusSince", LocalDate.now().plusDays(3).toString()).param("confirmed", "true").exchange();
        assertThat(result).hasStatusOk().hasViewName("defendants/new");
        Document page = html(result);
        assertThat(page.select("#fullName-error").text()).isNotBlank();
        assertThat(page.select("#fullName").hasClass("is-invalid")).isTrue();
    }

    @Test
    void linksAnExistingDefendantToACaseInARoleAndRefusesADayBeforeTheOpening() {
        long caseId = this.fixtures.newCase("Link " + this.tag, LocalDate.of(2021, 3, 1));
        long id = this.fixtures.defendant("Harnwick Dole " + this.tag, "WANTED", "NO", null);
        flush();
        Document found = html(this.mvc.get().uri("/cases/" + caseId + "/defendants/link")
            .param("q", "Harnwick Dole " + this.tag).exchange());
        assertThat(found.select("#matches button[name=defendantId]").eachAttr("value")).contains(String.valueOf(id));

        MvcTestResult early = this.mvc.post().uri("/cases/" + caseId + "/defendants").param("defendantId", "" + id)
            .param("role", "WITNESS").param("since", "2021-02-01").exchange();
        assertThat(early).hasStatusOk().hasViewName("defendants/link");
        assertThat(html(early).select("#since-error").text()).contains("2021-03-01");

        MvcTestResult linked = this.mvc.post().uri("/cases/" + caseId + "/defendants").param("defendantId", "" + id)
            .param("role", "WITNESS").param("since", "2021-03-05").exchange();
        assertThat(linked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/" + caseId);
        flush();
        assertThat(this.jdbc.sql("select role from case_defendant where case_id = ? and defendant_id = ?")
            .params(caseId, id).query(String.class).single()).isEqualTo("WITNESS");
    }

    @Test
    void takingADefendantOutOfACaseVoidsTheLinkWithTheReasonAndHidesItEverywhere() {
        long caseId = this.fixtures.newCase("Unlink " + this.tag, LocalDate.of(2021, 3, 1));
        long id = this.fixtures.defendant("Pellamund Rusk " + this.tag, "WANTED", "NO", null);
        this.fixtures.addToCase(id, caseId);
        flush();

        MvcTestResult blank = this.mvc.post().uri("/cases/{c}/defendants/{d}/unlink", caseId, id)
            .param("reason", "").param("version", "0").exchange();
        assertThat(blank).hasStatusOk().hasViewName("defendants/unlink");
        assertThat(html(blank).select("#reason-error").text()).isNotBlank();

        MvcTestResult unlinked = this.mvc.post().uri("/cases/{c}/defendants/{d}/unlink", caseId, id)
            .param("reason", "Identified wrongly: a namesake").param("version", "0").exchange();
        assertThat(unlinked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/cases/" + caseId);
        flush();

        var link = this.jdbc.sql("select voided_at, voided_by, void_reason from case_defendant where case_id = ? and defendant_id = ?")
            .params(caseId, id).query().singleRow();
        assertThat(link.get("voided_at")).isNotNull();
        assertThat(link).containsEntry("voided_by", "admin").containsEntry("void_reason", "Identified wrongly: a namesake");
        assertThat(this.jdbc.sql("select count(*) from defendants_case_link where case_id = ?").param(caseId)
            .query(Long.class).single()).isZero();
        assertThat(html(this.mvc.get().uri("/cases/" + caseId).exchange()).select("#defendants-heading").text())
            .isEqualTo("Defendants (0)");
        assertThat(html(this.mvc.get().uri("/defendants?case=" + caseId).exchange()).select("#result-count").text())
            .isEqualTo("No defendants");
        assertThat(html(this.mvc.get().uri("/cases").param("q", "Unlink " + this.tag).exchange())
            .select("tbody tr td:eq(5)").eachText()).containsExactly("0");
        Document defendantPage = html(this.mvc.get().uri("/defendants/" + id).exchange());
        assertThat(defendantPage.select("#cases li")).isEmpty();
        assertThat(defendantPage.select("#former-cases").text()).contains("Identified wrongly: a namesake", "admin");

        // linked again: the same row opens again, its history keeps the void
        assertThat(this.mvc.post().uri("/cases/" + caseId + "/defendants").param("defendantId", "" + id)
            .param("role", "DEFENDANT").param("since", "2021-04-01")).hasStatus(HttpStatus.FOUND);
        flush();
        assertThat(this.jdbc.sql("select count(*) from defendants_case_link where case_id = ?").param(caseId)
            .query(Long.class).single()).isOne();
    }

    @Test
    void aStaleUnlinkIsAConflictAndAnUnknownLinkA404() {
        long caseId = this.fixtures.newCase("Stale " + this.tag, LocalDate.of(2021, 3, 1));
        long id = this.fixtures.defendant("Stale Person " + this.tag, "WANTED", null, null);
        this.fixtures.addToCase(id, caseId);
        this.jdbc.sql("update defendant set version = 3 where id = ?").param(id).update();

        assertThat(this.mvc.post().uri("/cases/{c}/defendants/{d}/unlink", caseId, id).param("reason", "Old page")
            .param("version", "1")).hasStatus(HttpStatus.CONFLICT);
        assertThat(this.mvc.get().uri("/cases/{c}/defendants/{d}/unlink", this.fixtures.sparksCaseId(), id))
            .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aChargedDefendantIsNotTakenOutOfTheCase() {
        long caseId = this.fixtures.newCase("Charged " + this.tag, LocalDate.of(2020, 1, 1));
        long id = this.fixtures.defendant("Charged Person " + this.tag, "CHARGED", null, null);
        this.fixtures.addToCase(id, caseId);
        this.fixtures.charge(id, caseId, "18 U.S.C. § 371");
        MvcTestResult refused = this.mvc.post().uri("/cases/{c}/defendants/{d}/unlink", caseId, id)
            .param("reason", "Mistake").param("version", "0").exchange();
        assertThat(refused).hasStatusOk();
        assertThat(html(refused).select("#reason-error").text()).contains("charges in this case");
    }

    @Test
    void aDefendantWhoseExtraditionBelongsToTheCaseIsNotTakenOutOfIt() {
        long caseId = this.fixtures.newCase("Extradited " + this.tag, LocalDate.of(2020, 1, 1));
        long id = this.fixtures.defendant("Extradited Person " + this.tag, "WANTED", null, null);
        this.fixtures.addToCase(id, caseId);
        this.fixtures.extradition(id, caseId, "US", "NO", LocalDate.of(2020, 3, 1));
        MvcTestResult refused = this.mvc.post().uri("/cases/{c}/defendants/{d}/unlink", caseId, id)
            .param("reason", "Mistake").param("version", "0").exchange();
        assertThat(refused).hasStatusOk();
        assertThat(html(refused).select("#reason-error").text()).contains("extradition request");
    }

    @Test
    void mergingMovesCasesAliasesChargesAndExtraditionsAndLeavesARedirectAndAnAuditEntry() {
        long firstCase = this.fixtures.newCase("Merge A " + this.tag, LocalDate.of(2020, 1, 1));
        long secondCase = this.fixtures.newCase("Merge B " + this.tag, LocalDate.of(2020, 1, 1));
        long survivor = this.fixtures.defendant("Tarquin Molle " + this.tag, "WANTED", null, "NO");
        long merged = this.fixtures.defendant("Tarquin Mole " + this.tag, "IN_CUSTODY", "NO", "NO");
        this.fixtures.addToCase(survivor, firstCase);
        this.fixtures.addToCase(merged, firstCase);
        this.fixtures.addToCase(merged, secondCase, "SUSPECT", LocalDate.of(2020, 2, 1));
        this.fixtures.alias(merged, "Molly " + this.tag);
        long charge = this.fixtures.charge(merged, secondCase, "18 U.S.C. § 2319");
        long request = this.fixtures.extradition(merged, secondCase, "US", "NO", LocalDate.of(2020, 3, 1));
        flush();
        long inCustodyBefore = inCustodyInNorway();

        Document choose = html(this.mvc.get().uri("/defendants/{id}/merge", survivor).exchange());
        assertThat(choose.select("#matches a").eachAttr("href")).contains("/defendants/" + merged,
                "/defendants/" + survivor + "/merge?from=" + merged);
        Document compare = html(this.mvc.get().uri("/defendants/{id}/merge?from={m}", survivor, merged).exchange());
        assertThat(compare.select("#merged").text()).contains("Molly", "18 U.S.C. § 2319");

        assertThat(this.mvc.post().uri("/defendants/{id}/merge", survivor).with(user("investigator").roles("INVESTIGATOR"))
            .param("mergedId", "" + merged)).hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult done = this.mvc.post().uri("/defendants/{id}/merge", survivor)
            .with(user("prosecutor").roles("PROSECUTOR")).param("mergedId", "" + merged).param("survivorVersion", "0")
            .param("mergedVersion", "0").exchange();
        assertThat(done).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/defendants/" + survivor);
        flush();

        assertThat(this.jdbc.sql("select case_id from defendants_case_link where defendant_id = ? order by case_id")
            .param(survivor).query(Long.class).list()).containsExactly(firstCase, secondCase);
        assertThat(this.jdbc.sql("select count(*) from defendants_case_link where defendant_id = ?").param(merged)
            .query(Long.class).single()).isZero();
        assertThat(this.jdbc.sql("select count(*) from case_defendant where defendant_id = ? and voided_at is not null")
            .param(merged).query(Long.class).single()).isEqualTo(2);
        assertThat(this.jdbc.sql("select alias from defendant_alias where defendant_id = ? order by alias").param(survivor)
            .query(String.class).list()).containsExactlyInAnyOrder("Molly " + this.tag, "Tarquin Mole " + this.tag);
        assertThat(this.jdbc.sql("select defendant_id from charge where id = ?").param(charge).query(Long.class).single())
            .isEqualTo(survivor);
        assertThat(this.jdbc.sql("select defendant_id from extradition_request where id = ?").param(request)
            .query(Long.class).single()).isEqualTo(survivor);
        assertThat(this.jdbc.sql("select nationality_code from defendant where id = ?").param(survivor)
            .query(String.class).single()).isEqualTo("NO");
        assertThat(this.jdbc.sql("select merged_by from defendant where id = ?").param(merged).query(String.class)
            .single()).isEqualTo("prosecutor");
        assertThat(this.jdbc.sql("select count(*) from defendants_defendant where id = ?").param(merged)
            .query(Long.class).single()).isZero();
        assertThat(inCustodyInNorway()).isEqualTo(inCustodyBefore - 1);
        assertThat(this.jdbc.sql("select detail from audit_log where event = 'DEFENDANTS_MERGED' order by id desc limit 1")
            .query(String.class).single()).contains("defendant " + merged, "into defendant " + survivor, "Tarquin Mole");

        assertThat(this.mvc.get().uri("/defendants/{id}", merged)).hasStatus(HttpStatus.FOUND)
            .hasRedirectedUrl("/defendants/" + survivor);
        Document page = html(this.mvc.get().uri("/defendants/{id}", survivor).exchange());
        assertThat(page.select("#merged-records").text()).contains("Tarquin Mole " + this.tag, "prosecutor");
        assertThat(page.select("#merged-records a").attr("href")).isEqualTo("/defendants/" + merged + "/history");
        assertThat(html(this.mvc.get().uri("/defendants?q=Tarquin").exchange()).select("#defendants tbody tr")
            .eachText()).noneMatch((line) -> line.startsWith("Tarquin Mole "));
    }

    @Test
    void aRecordIsNotMergedIntoItselfNorTwiceNorFromAStalePage() {
        long one = this.fixtures.defendant("Selfsame " + this.tag, "WANTED", null, null);
        long two = this.fixtures.defendant("Selfsame Two " + this.tag, "WANTED", null, null);
        MvcTestResult itself = this.mvc.post().uri("/defendants/{id}/merge", one).param("mergedId", "" + one)
            .param("survivorVersion", "0").param("mergedVersion", "0").exchange();
        assertThat(itself).hasStatusOk();
        assertThat(html(itself).select("#merge-errors").text()).contains("cannot be merged into itself");
        assertThat(this.mvc.post().uri("/defendants/{id}/merge", one).param("mergedId", "" + two)
            .param("survivorVersion", "0").param("mergedVersion", "5")).hasStatus(HttpStatus.CONFLICT);
        assertThat(this.mvc.post().uri("/defendants/{id}/merge", one).param("mergedId", "" + two)
            .param("survivorVersion", "0").param("mergedVersion", "0")).hasStatus(HttpStatus.FOUND);
        flush();
        MvcTestResult again = this.mvc.post().uri("/defendants/{id}/merge", one).param("mergedId", "" + two)
            .param("survivorVersion", "1").param("mergedVersion", "1").exchange();
        assertThat(html(again).select("#merge-errors").text()).contains("merged already");

        // the merged record takes nothing more: what comes after goes to the survivor
        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.service.addAlias(two, new AddAlias("Late " + this.tag, "test", AliasConfidence.HIGH)));
        assertThat(this.jdbc.sql("select count(*) from defendant_alias where alias = ?").param("Late " + this.tag)
            .query(Long.class).single()).isZero();
    }

    @Test
    void theCaseSectionReadsTheSameStatementsForOneDefendantAndForFifty() {
        long small = this.fixtures.newCase("Few " + this.tag, LocalDate.of(2020, 1, 1));
        long large = this.fixtures.newCase("Many " + this.tag, LocalDate.of(2020, 1, 1));
        this.fixtures.many("Few " + this.tag, 1, small);
        this.fixtures.many("Many " + this.tag, 50, large);
        // a voided link among them: still one statement
        long voided = this.fixtures.defendant("Voided " + this.tag, "WANTED", null, null);
        this.fixtures.addToCase(voided, large);
        this.jdbc.sql("update case_defendant set voided_at = now(), voided_by = 'test', void_reason = 'test' where defendant_id = ?")
            .param(voided).update();
        this.mvc.get().uri("/cases/" + small).exchange();
        this.counter.reset();
        this.mvc.get().uri("/cases/" + small).exchange();
        long few = this.counter.count();
        this.counter.reset();
        Document page = html(this.mvc.get().uri("/cases/" + large).exchange());
        assertThat(this.counter.count()).isEqualTo(few);
        assertThat(page.select("#defendants tbody tr")).hasSize(50);
    }

    private long inCustodyInNorway() {
        return this.jdbc.sql("select in_custody from country_activity where country_code = 'NO'").query(Long.class)
            .optional().orElse(0L);
    }

    private long count(String fullName) {
        return this.jdbc.sql("select count(*) from defendant where full_name = ?").param(fullName).query(Long.class).single();
    }

    private void flush() {
        this.entityManager.flush();
        this.entityManager.clear();
    }

}
