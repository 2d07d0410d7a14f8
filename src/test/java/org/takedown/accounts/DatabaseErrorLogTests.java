package org.takedown.accounts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.takedown.support.HttpSession;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database errors provoked through the running application over real HTTP, with the log read afterwards: it says
 * what failed (SQLState, constraint, route) but holds no password, hash, session id, CSRF token or value of the record.
 * The errors come from constraints that only this test's rows break, added for the test and dropped after it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorLogTests {

    static final String ADMIN_PASSWORD = "the administrator's own passphrase";

    static final String NEW_PASSWORD = "a brand new passphrase for them";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    String tag;

    HttpSession admin;

    @BeforeEach
    void signInAnAdministrator() {
        this.tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "logtest-admin-" + this.tag;
        this.accounts.create(new CreateUser(username, "Log Test Admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD),
                "test");
        this.admin = new HttpSession(this.port);
        assertThat(this.admin.signIn(username, ADMIN_PASSWORD).location()).doesNotContain("error");
        this.admin.get("/admin/users/new");
    }

    @AfterEach
    void dropTheTestConstraints() {
        schemaOwner().sql("drop index if exists uq_logtest_display_name").update();
        schemaOwner().sql("alter table app_user drop constraint if exists ck_logtest_frozen").update();
    }

    /** The constraints are DDL, which only the schema owner may run. */
    private JdbcClient schemaOwner() {
        return SchemaOwner.jdbc(this.flyway);
    }

    @Test
    void aUniqueViolationWhileSavingAUserLogsTheConstraintButNoValue(CapturedOutput output) {
        String displayName = "Unrepeatable Name " + this.tag;
        schemaOwner().sql("create unique index uq_logtest_display_name on app_user (display_name) "
                + "where display_name like 'Unrepeatable Name %'").update();
        this.accounts.create(new CreateUser("logtest-first-" + this.tag, displayName, null, EnumSet.of(Role.ANALYST),
                NEW_PASSWORD), "test");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "logtest-second-" + this.tag);
        form.put("displayName", displayName);
        form.put("roles", "ANALYST");
        form.put("password", NEW_PASSWORD);
        HttpSession.Response response = this.admin.post("/admin/users", form);

        assertThat(response.status()).isEqualTo(500);
        assertThat(output.getAll()).contains("Database error on POST /admin/users:", "23505", "uq_logtest_display_name");
        assertNothingSensitiveIn(output, displayName, "logtest-second-" + this.tag);
    }

    @Test
    void aCheckViolationInABatchedUpdateOfAPasswordHashLogsTheConstraintButNoValue(CapturedOutput output) {
        String username = "logtest-frozen-" + this.tag;
        String displayName = "Frozen Person " + this.tag;
        AppUser user = this.accounts.create(new CreateUser(username, displayName, null, EnumSet.of(Role.ANALYST),
                NEW_PASSWORD + " old"), "test");
        // existing rows are not checked (not valid), every later update of this user's row breaks it
        schemaOwner().sql("alter table app_user add constraint ck_logtest_frozen check (username not like 'logtest-frozen-%')"
                + " not valid").update();

        HttpSession.Response response = this.admin.post("/admin/users/" + user.getId() + "/password",
                Map.of("password", NEW_PASSWORD));

        assertThat(response.status()).isEqualTo(500);
        assertThat(output.getAll()).contains("java.sql.BatchUpdateException", "23514", "ck_logtest_frozen",
                "/admin/users/{id}/password");
        assertNothingSensitiveIn(output, displayName, username);
    }

    @Test
    void aUniqueViolationInABatchedUpdateLogsTheConstraintButNoValue(CapturedOutput output) {
        String taken = "Unrepeatable Name " + this.tag;
        schemaOwner().sql("create unique index uq_logtest_display_name on app_user (display_name) "
                + "where display_name like 'Unrepeatable Name %'").update();
        this.accounts.create(new CreateUser("logtest-holder-" + this.tag, taken, null, EnumSet.of(Role.ANALYST),
                NEW_PASSWORD), "test");
        String username = "logtest-renamed-" + this.tag;
        AppUser user = this.accounts.create(new CreateUser(username, "Someone Else " + this.tag, null,
                EnumSet.of(Role.ANALYST), NEW_PASSWORD), "test");
        this.admin.get("/admin/users/" + user.getId() + "/edit");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("displayName", taken);
        form.put("roles", "ANALYST");
        form.put("version", String.valueOf(user.getVersion()));
        HttpSession.Response response = this.admin.post("/admin/users/" + user.getId(), form);

        assertThat(response.status()).isEqualTo(500);
        assertThat(output.getAll()).contains("java.sql.BatchUpdateException", "23505", "uq_logtest_display_name",
                "/admin/users/{id}");
        assertNothingSensitiveIn(output, taken, username);
    }

    @Test
    void neitherTheDriverNorTheEmbeddedServerRepeatsARefusedValue(CapturedOutput output) throws InterruptedException {
        String username = "logtest-twice-" + this.tag;
        String address = "10.0.0." + this.tag;
        this.accounts.create(new CreateUser(username, "Twice " + this.tag, null, EnumSet.of(Role.ANALYST), NEW_PASSWORD),
                "test");

        Throwable duplicate = org.assertj.core.api.Assertions.catchThrowable(() -> this.jdbc
            .sql("insert into app_user (username, display_name, password_hash) values (?, 'Twice', '{bcrypt}$2a$x')")
            .param(username)
            .update());
        Throwable notAnAddress = org.assertj.core.api.Assertions
            .catchThrowable(() -> this.jdbc.sql("select cast(? as inet)").param(address).query().singleValue());

        assertThat(duplicate).hasMessageContaining("uq_app_user_username").hasMessageNotContaining(username);
        // a data error's own message quotes the refused value: why DatabaseFailureFilter logs no exception's message
        assertThat(notAnAddress).hasMessageContaining(address);
        // the embedded server's log reaches the application's through a pipe: give it time to arrive
        Thread.sleep(1_000);
        assertThat(output.getAll()).doesNotContain(username, address, "$2a$x");
    }

    private void assertNothingSensitiveIn(CapturedOutput output, String... values) {
        String log = output.getAll();
        assertThat(log).doesNotContain(ADMIN_PASSWORD, NEW_PASSWORD, "$2a$", "{bcrypt}", this.admin.cookie("JSESSIONID"),
                csrfToken());
        assertThat(log).doesNotContain(values);
        assertThat(log).doesNotContain("Failing row contains", "Key (", "Batch entry 0 update");
    }

    private String csrfToken() {
        return org.jsoup.Jsoup.parse(this.admin.get("/admin/users/new").body())
            .select("meta[name=csrf-token]")
            .attr("content");
    }

}
