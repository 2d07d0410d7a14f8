package org.takedown.defendants;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.RaidTestData;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;
import org.takedown.shared.RuleViolations;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 12, point 3: a case, a raid, a charge and an extradition request are voided with a reason and leave every
 * list, count, search hit, export and the case report; what a case or a raid holds goes with it; the voided record
 * keeps its page (a banner, no forms); an administrator restores it, with exactly what went with it;
 * the roles of the access matrix apply, and a voided record refuses changes with a clear message.
 */
@IntegrationTest
@Transactional
class VoidAndRestoreTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    DefendantFixtures fixtures;

    @Autowired
    RaidTestData raids;

    @Autowired
    EntityManager entityManager;

    String tag;

    long caseId;

    String reference;

    long defendantId;

    long chargeId;

    long extraditionId;

    long raidId;

    String hostname;

    String otherHostname;

    @BeforeEach
    void aCaseWithARaidTwoServersADefendantAChargeAndAnExtraditionRequest() {
        this.fixtures = new DefendantFixtures(this.jdbc);
        this.tag = DefendantFixtures.uniqueTag();
        this.caseId = this.fixtures.newCase("Voidable " + this.tag, LocalDate.of(2020, 1, 1));
        this.reference = this.jdbc.sql("select reference from enforcement_case where id = ?").param(this.caseId)
            .query(String.class).single();
        this.defendantId = this.fixtures.defendant("Vera Voidable " + this.tag, "WANTED", "LV", null);
        this.fixtures.addToCase(this.defendantId, this.caseId);
        this.chargeId = this.fixtures.charge(this.defendantId, this.caseId, "Statute " + this.tag);
        this.extraditionId = this.fixtures.extradition(this.defendantId, this.caseId, "US", "LV",
                LocalDate.of(2020, 10, 1));
        this.raidId = this.raids.raid(this.caseId, "LV", RaidStatus.COMPLETED, LocalDate.of(2020, 8, 25),
                LocalTime.of(6, 0), ZoneId.of("Europe/Riga"), LegalBasis.WARRANT, LocalDate.of(2020, 8, 25), "test");
        this.hostname = ("void-" + this.tag + ".example").toLowerCase();
        this.otherHostname = ("kept-" + this.tag + ".example").toLowerCase();
        for (String host : List.of(this.hostname, this.otherHostname)) {
            Long server = this.raids.server(this.caseId, "LV", host, List.of(), ServerRole.DISTRIBUTION,
                    ServerStatus.SEIZED, LocalDate.of(2020, 8, 25), "test");
            this.entityManager.flush();
            this.jdbc.sql("update seized_server set raid_id = ? where id = ?").params(this.raidId, server).update();
        }
        this.entityManager.flush();
        this.entityManager.clear();
    }

    @Test
    void aVoidedCaseLeavesEverythingWithWhatItHoldsAndComesBackWithExactlyThat() throws Exception {
        long raidsInLatvia = counter("raids");
        long serversInLatvia = counter("servers");
        assertThat(page("/cases?q=" + this.tag)).contains(this.reference);
        // a server voided on its own before stays voided when the case comes back
        this.jdbc.sql("""
                update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'Wrong host'
                where hostname = ?""").param(this.otherHostname).update();

        assertThat(this.mvc.post().uri("/cases/{id}/void", this.caseId).param("reason", "Entered twice")
            .param("version", version("enforcement_case", this.caseId))).hasStatus3xxRedirection();

        assertThat(page("/cases?q=" + this.tag)).doesNotContain(this.reference);
        assertThat(page("/cases/export.csv?q=" + this.tag)).doesNotContain(this.reference);
        assertThat(page("/raids/export.csv?case=" + this.caseId)).doesNotContain("2020-08-25");
        assertThat(page("/servers/export.csv?case=" + this.caseId)).doesNotContain(this.hostname);
        assertThat(page("/search?q=" + this.hostname)).doesNotContain(this.hostname + "<");
        assertThat(page("/search?q=" + this.tag)).doesNotContain(this.reference);
        assertThat(page("/defendants/export.csv?q=" + this.tag)).doesNotContain(this.reference);
        assertThat(counter("raids")).isEqualTo(raidsInLatvia - 1);
        assertThat(counter("servers")).isEqualTo(serversInLatvia - 2);
        assertThat(this.mvc.get().uri("/cases/{id}/report.pdf", this.caseId)).hasStatus(404);
        assertThat(this.jdbc.sql("select count(*) from defendants_charge where case_id = ?").param(this.caseId)
            .query(Long.class).single()).isZero();
        Document defendant = html("/defendants/" + this.defendantId);
        assertThat(defendant.select("#cases").text()).doesNotContain(this.reference);
        assertThat(defendant.select("#charges")).isEmpty();
        assertThat(defendant.select("#voided-charges").text()).contains("Statute " + this.tag, "Entered twice");
        assertThat(defendant.select("#voided-extraditions").text()).contains("Entered twice");
        assertThat(voidedWith("raid", "id", this.raidId)).isEqualTo("CASE");
        assertThat(voidedWith("seized_server", "hostname", this.hostname)).isEqualTo("CASE");
        assertThat(voidedWith("seized_server", "hostname", this.otherHostname)).isNull();
        assertThat(voidedWith("charge", "id", this.chargeId)).isEqualTo("CASE");
        assertThat(voidedWith("extradition_request", "id", this.extraditionId)).isEqualTo("CASE");

        // its page opens, says who voided it, when and why, and offers no forms but the restore
        Document casePage = html("/cases/" + this.caseId);
        assertThat(casePage.select("#voided").text()).contains("voided", "admin", "Entered twice");
        assertThat(casePage.select("#edit-case, #log-raid, #void-record, #status-form")).isEmpty();
        assertThat(casePage.select("#voided form[action$=/restore]")).hasSize(1);
        assertThat(html("/raids/" + this.raidId).select("#voided").text()).contains("voided with its case");
        // and their edit forms lead back to those pages, which say why nothing changes
        long voidedServer = this.jdbc.sql("select id from seized_server where hostname = ?").param(this.hostname)
            .query(Long.class).single();
        assertThat(this.mvc.get().uri("/cases/{id}/edit", this.caseId)).hasRedirectedUrl("/cases/" + this.caseId);
        assertThat(this.mvc.get().uri("/raids/{id}/edit", this.raidId)).hasRedirectedUrl("/raids/" + this.raidId);
        assertThat(this.mvc.get().uri("/servers/{id}/edit", voidedServer)).hasRedirectedUrl("/servers/" + voidedServer);
        // and appears in the administrator's list, without what went with it
        Document voided = html("/admin/voided");
        assertThat(voided.select("#voided-records").text()).contains(this.reference)
            .doesNotContain("Statute " + this.tag);
        long voidedOnTheirOwn = this.jdbc.sql("select count(*) from enforcement_case where voided_at is not null")
            .query(Long.class)
            .single();
        assertThat(Long.parseLong(voided.select("#result-count").attr("data-count")))
            .isGreaterThanOrEqualTo(voidedOnTheirOwn);
        assertThat(html("/admin/voided?type=cases").select("#result-count").attr("data-count"))
            .isEqualTo(String.valueOf(voidedOnTheirOwn));

        assertThat(this.mvc.post().uri("/admin/voided/cases/{id}/restore", this.caseId)
            .param("version", version("enforcement_case", this.caseId))).hasStatus3xxRedirection();

        assertThat(page("/cases/export.csv?q=" + this.tag)).contains(this.reference);
        assertThat(page("/servers/export.csv?case=" + this.caseId)).contains(this.hostname)
            .doesNotContain(this.otherHostname);
        assertThat(counter("raids")).isEqualTo(raidsInLatvia);
        assertThat(counter("servers")).isEqualTo(serversInLatvia - 1);
        assertThat(this.mvc.get().uri("/cases/{id}/report.pdf", this.caseId)).hasStatusOk();
        assertThat(html("/defendants/" + this.defendantId).select("#charges").text()).contains("Statute " + this.tag);
        assertThat(this.jdbc.sql("select count(*) from extradition_request where id = ? and voided_at is null")
            .param(this.extraditionId).query(Long.class).single()).isEqualTo(1L);

        // the audit log has both (the History tab, which Envers writes at commit: VoidAndRestoreBrowserTests)
        assertThat(this.jdbc.sql("select string_agg(event, ',' order by id) from audit_log where detail = ?")
            .param("cases/" + this.caseId).query(String.class).single()).isEqualTo("RECORD_VOIDED,RECORD_RESTORED");
    }

    @Test
    void theReasonIsRequiredAndBounded() throws Exception {
        MvcTestResult blank = this.mvc.post().uri("/cases/{id}/void", this.caseId).param("reason", " ")
            .param("version", version("enforcement_case", this.caseId)).exchange();
        assertThat(blank).hasStatusOk().hasViewName("void/form");
        assertThat(Jsoup.parse(blank.getResponse().getContentAsString()).select("#reason-error").text()).isNotBlank();
        MvcTestResult tooLong = this.mvc.post().uri("/raids/{id}/void", this.raidId).param("reason", "x".repeat(1001))
            .param("version", version("raid", this.raidId)).exchange();
        assertThat(tooLong).hasStatusOk().hasViewName("void/form");
        assertThat(this.jdbc.sql("select count(*) from raid where id = ? and voided_at is null").param(this.raidId)
            .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theRolesOfTheAccessMatrixApply() {
        assertThat(this.mvc.post().uri("/cases/{id}/void", this.caseId).with(user("a").roles("ANALYST"))
            .param("reason", "No").param("version", "0")).hasStatus(403);
        assertThat(this.mvc.get().uri("/raids/{id}/void", this.raidId).with(user("i").roles("INVESTIGATOR")))
            .hasStatusOk();
        assertThat(this.mvc.get().uri("/defendants/{d}/charges/{c}/void", this.defendantId, this.chargeId)
            .with(user("i").roles("INVESTIGATOR"))).hasStatus(403);
        assertThat(this.mvc.get().uri("/defendants/{d}/charges/{c}/void", this.defendantId, this.chargeId)
            .with(user("p").roles("PROSECUTOR"))).hasStatusOk();
        assertThat(this.mvc.post().uri("/admin/voided/raids/{id}/restore", this.raidId)
            .with(user("p").roles("PROSECUTOR")).param("version", "0")).hasStatus(403);
        assertThat(this.mvc.get().uri("/admin/voided").with(user("p").roles("PROSECUTOR"))).hasStatus(403);
    }

    @Test
    void aVoidedRaidRefusesChangesAndItsServersComeBackOnlyWithIt() throws Exception {
        assertThat(this.mvc.post().uri("/raids/{id}/void", this.raidId).param("reason", "Never happened")
            .param("version", version("raid", this.raidId))).hasStatus3xxRedirection();
        assertThat(page("/servers/export.csv?case=" + this.caseId)).doesNotContain(this.hostname);
        assertThat(voidedWith("seized_server", "hostname", this.hostname)).isEqualTo("RAID");

        MvcTestResult status = this.mvc.post().uri("/raids/{id}/status", this.raidId).param("status", "ABORTED")
            .param("effectiveOn", "2020-08-26").param("reason", "Called off")
            .param("version", version("raid", this.raidId)).exchange();
        assertThat(status).hasStatusOk();
        assertThat(Jsoup.parse(status.getResponse().getContentAsString()).select("#voided").text())
            .contains("cannot be changed");
        assertThat(this.jdbc.sql("select status from raid where id = ?").param(this.raidId).query(String.class)
            .single()).isEqualTo("COMPLETED");

        long serverId = this.jdbc.sql("select id from seized_server where hostname = ?").param(this.hostname)
            .query(Long.class).single();
        MvcTestResult server = this.mvc.post().uri("/admin/voided/servers/{id}/restore", serverId)
            .param("version", version("seized_server", serverId)).exchange();
        assertThat(server).hasStatus3xxRedirection();
        assertThat(((RuleViolations.Violation) server.getMvcResult().getFlashMap().get("restoreRefused")).code())
            .isEqualTo("void.restore.withItsRaid");
        assertThat(voidedWith("seized_server", "hostname", this.hostname)).isEqualTo("RAID");

        assertThat(this.mvc.post().uri("/admin/voided/raids/{id}/restore", this.raidId)
            .param("version", version("raid", this.raidId))).hasStatus3xxRedirection();
        assertThat(page("/servers/export.csv?case=" + this.caseId)).contains(this.hostname, this.otherHostname);
    }

    @Test
    void aServerWhoseHostNameWasTakenMeanwhileIsNotRestored() throws Exception {
        long serverId = this.jdbc.sql("select id from seized_server where hostname = ?").param(this.hostname)
            .query(Long.class).single();
        this.jdbc.sql("""
                update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'Wrong raid'
                where id = ?""").param(serverId).update();
        this.raids.server(this.caseId, "LV", this.hostname, List.of(), ServerRole.DISTRIBUTION, ServerStatus.SEIZED,
                LocalDate.of(2020, 8, 25), "test");
        this.entityManager.flush();

        MvcTestResult restore = this.mvc.post().uri("/admin/voided/servers/{id}/restore", serverId)
            .param("version", version("seized_server", serverId)).exchange();
        assertThat(restore).hasStatus3xxRedirection();
        assertThat(((RuleViolations.Violation) restore.getMvcResult().getFlashMap().get("restoreRefused")).code())
            .isEqualTo("server.restore.hostnameTaken");
        // the server's page says why
        assertThat(Jsoup.parse(this.mvc.get().uri("/servers/{id}", serverId)
            .flashAttr("restoreRefused", restore.getMvcResult().getFlashMap().get("restoreRefused"))
            .exchange().getResponse().getContentAsString()).select("#restore-refused").text())
            .contains("Another server of the case now has the host name " + this.hostname);
        assertThat(this.jdbc.sql("select voided_at is not null from seized_server where id = ?").param(serverId)
            .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aChargeAndAnExtraditionRequestAreVoidedByAProsecutorAndRestoredByAnAdministrator() throws Exception {
        assertThat(this.mvc.post().uri("/defendants/{d}/charges/{c}/void", this.defendantId, this.chargeId)
            .param("reason", "Filed in error").param("version", version("charge", this.chargeId)))
            .hasStatus3xxRedirection();
        assertThat(this.mvc.post().uri("/defendants/{d}/extraditions/{r}/void", this.defendantId, this.extraditionId)
            .param("reason", "Withdrawn paperwork").param("version", version("extradition_request", this.extraditionId)))
            .hasStatus3xxRedirection();
        Document defendant = html("/defendants/" + this.defendantId);
        assertThat(defendant.select("#charges")).isEmpty();
        assertThat(defendant.select("#extraditions")).isEmpty();
        assertThat(defendant.select("#voided-charges").text()).contains("Filed in error");
        Document request = html("/defendants/" + this.defendantId + "/extraditions/" + this.extraditionId);
        assertThat(request.select("#voided").text()).contains("Withdrawn paperwork");
        assertThat(request.select("#edit-extradition, #status-form")).isEmpty();
        // an edit of the voided charge is refused with a clear message
        MvcTestResult edit = this.mvc.post().uri("/defendants/{d}/charges/{c}", this.defendantId, this.chargeId)
            .param("statute", "Other").param("description", "Changed").param("counts", "1")
            .param("filedOn", "2020-09-01").param("disposition", "PENDING")
            .param("version", version("charge", this.chargeId)).exchange();
        assertThat(edit).hasStatusOk();
        assertThat(edit.getResponse().getContentAsString()).contains("This charge was voided");
        // the administrator's list, filtered by type
        Document list = html("/admin/voided?type=charges");
        assertThat(list.select("#voided-records").text()).contains("Statute " + this.tag).doesNotContain("Withdrawn");

        assertThat(this.mvc.post().uri("/admin/voided/charges/{d}/{c}/restore", this.defendantId, this.chargeId)
            .param("version", version("charge", this.chargeId))).hasStatus3xxRedirection();
        assertThat(this.mvc.post().uri("/admin/voided/extraditions/{d}/{r}/restore", this.defendantId,
                this.extraditionId).param("version", version("extradition_request", this.extraditionId)))
            .hasStatus3xxRedirection();
        defendant = html("/defendants/" + this.defendantId);
        assertThat(defendant.select("#charges").text()).contains("Statute " + this.tag);
        assertThat(defendant.select("#extraditions")).hasSize(1);
        assertThat(defendant.select("#voided-charges")).isEmpty();
    }

    @Test
    void theApplicationCannotDeleteCaseData() {
        for (String table : List.of("enforcement_case", "raid", "seized_server", "case_defendant", "charge",
                "extradition_request")) {
            assertThat(this.jdbc.sql("select has_table_privilege(current_user, ?, 'delete')").param(table)
                .query(Boolean.class).single()).as(table).isFalse();
        }
    }

    private long counter(String column) {
        return this.jdbc.sql("select " + column + " from country_activity where country_code = 'LV'")
            .query(Long.class).single();
    }

    private String voidedWith(String table, String column, Object value) {
        return this.jdbc.sql("select voided_with from " + table + " where " + column + " = ?").param(value)
            .query((rs, row) -> rs.getString(1)).list().get(0);
    }

    private String version(String table, long id) {
        return this.jdbc.sql("select version::text from " + table + " where id = ?").param(id).query(String.class)
            .single();
    }

    private String page(String uri) throws UnsupportedEncodingException {
        MvcTestResult result = this.mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private Document html(String uri) throws UnsupportedEncodingException {
        return Jsoup.parse(page(uri));
    }

}
