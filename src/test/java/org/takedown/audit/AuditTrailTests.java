package org.takedown.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseStatus;
import org.takedown.cases.CaseTestData;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change to a domain record is kept with who made it and when, and audit rows cannot be altered. */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    CaseTestData cases;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsCreateUpdateAndStatusChangeWithTheUserAndUtcTime() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String reference = "TKD-2031-" + (1000 + (int) (Math.random() * 8999));
        signInAs("investigator-one");
        Long id = this.transactions.execute((status) -> {
            Agency agency = new Agency("Audit Police " + UUID.randomUUID(), null, AgencyKind.POLICE,
                    this.entityManager.getReference(Jurisdiction.class, "LV"));
            this.entityManager.persist(agency);
            return this.cases.open(reference, "Audited operation", "First summary", agency.getId(),
                    LocalDate.of(2021, 1, 5), "investigator-one").id();
        });
        signInAs("investigator-two");
        this.transactions.executeWithoutResult(
                (status) -> this.cases.describe(id, "Audited operation", "Second summary", null));
        signInAs("prosecutor-one");
        this.transactions.executeWithoutResult((status) -> this.cases.changeStatus(id, CaseStatus.PROSECUTION,
                LocalDate.of(2021, 2, 1), "prosecutor-one", "Charged"));

        List<Map<String, Object>> revisions = this.jdbc.sql("""
                select a.revtype, a.summary, a.status, r.username, r.changed_at
                from enforcement_case_aud a join revinfo r on r.id = a.rev
                where a.id = ? order by a.rev
                """).param(id).query().listOfRows();
        assertThat(revisions).extracting((row) -> ((Number) row.get("revtype")).intValue()).containsExactly(0, 1, 1);
        assertThat(revisions).extracting((row) -> row.get("username"))
            .containsExactly("investigator-one", "investigator-two", "prosecutor-one");
        assertThat(revisions.get(1).get("summary")).isEqualTo("Second summary");
        assertThat(revisions.get(2).get("status")).isEqualTo("PROSECUTION");
        assertThat(revisions).allSatisfy((row) -> assertThat(((java.sql.Timestamp) row.get("changed_at")).toInstant())
            .isAfter(before)
            .isBefore(Instant.now().plusSeconds(1)));
        // the status history row is audited too, with the day the change took effect
        assertThat(this.jdbc.sql("select count(*) from case_status_change_aud where case_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isEqualTo(2);
        assertThat(this.jdbc.sql("select effective_on::text from case_status_change_aud where case_id = ? order by rev")
            .param(id)
            .query(String.class)
            .list()).containsExactly("2021-01-05", "2021-02-01");

        SecurityContextHolder.clearContext();
        var page = Jsoup.parse(this.mvc.get().uri("/cases/{id}/history", id).exchange().getResponse()
            .getContentAsString());
        var rows = page.select("#history tbody tr");
        assertThat(rows.text()).contains("prosecutor-one", "Status", "Investigation", "Prosecution")
            .contains("investigator-two", "Summary", "First summary", "Second summary")
            .contains("investigator-one", "Created", "Lead agency", "Audit Police")
            .doesNotContain("PROSECUTION", "(id)");
        assertThat(rows.first().text()).contains("prosecutor-one");
    }

    @Test
    void historyOfAnUnknownRecordIsA404() {
        assertThat(this.mvc.get().uri("/servers/{id}/history", 987654321L)).hasStatus(404);
    }

    @Test
    void auditRowsCannotBeChangedOrDeletedEvenByTheSchemaOwner() {
        // the application's own role may not even try (LeastPrivilegeTests); the triggers stop the owner too
        JdbcClient owner = SchemaOwner.jdbc(this.flyway);
        this.jdbc.sql("insert into audit_log (occurred_at, event, username) values (now(), 'SIGN_IN', 'trigger-test')")
            .update();
        assertThatThrownBy(() -> owner.sql("update audit_log set username = 'someone-else' where username = 'trigger-test'")
            .update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_log where username = 'trigger-test'").update())
            .rootCause()
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("update revinfo set username = 'someone-else'").update()).rootCause()
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from seized_server_aud").update()).rootCause()
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate enforcement_case_aud cascade").update()).rootCause()
            .hasMessageContaining("append-only");
        // the status histories (the demo data wrote rows into each): those V150 backfilled keep their triggers, the
        // two of V151 have them too
        for (String table : List.of("case_status_change_aud", "server_status_change_aud",
                "defendant_status_change_aud", "raid_status_change_aud", "extradition_status_change_aud")) {
            assertThatThrownBy(() -> owner.sql("update " + table + " set reason = 'rewritten'").update())
                .as(table)
                .rootCause()
                .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("truncate " + table).update()).as(table)
                .rootCause()
                .hasMessageContaining("append-only");
        }
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

}
