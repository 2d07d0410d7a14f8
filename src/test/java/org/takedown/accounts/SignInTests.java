package org.takedown.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.takedown.support.HttpSession;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, out and being locked out, over real HTTP with the real session handling. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebServerApplicationContext webServer;

    @Test
    void signsInWithANewSessionIdAndRecordsIt() {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.get("/login");
        String before = browser.cookie("JSESSIONID");

        HttpSession.Response response = browser.signIn(username, PASSWORD);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).doesNotContain("error");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/cases").status()).isEqualTo(200);
        assertThat(events(username)).contains("SIGN_IN");
        assertThat(this.jdbc.sql("select last_login_at from app_user where username = ?")
            .param(username)
            .query()
            .singleValue()).isNotNull();
    }

    @Test
    void showsTheSameMessageForEveryKindOfFailure() {
        String locked = newUser();
        lockOut(locked);
        String disabled = newUser();
        this.accounts.disable(this.accounts.findByUsername(disabled).orElseThrow().getId(), "test");

        String wrongPassword = failureMessage(newUser(), "not the password at all");
        String unknownUser = failureMessage("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        String lockedUser = failureMessage(locked, PASSWORD);
        String disabledUser = failureMessage(disabled, PASSWORD);

        assertThat(wrongPassword).contains("Sign-in failed");
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(lockedUser).isEqualTo(wrongPassword);
        assertThat(disabledUser).isEqualTo(wrongPassword);
    }

    @Test
    void locksTheAccountForFifteenMinutesAfterFiveFailuresAndAnAdministratorCanUnlockIt() {
        String username = newUser();
        lockOut(username);

        // even the right password is refused while the lock lasts
        HttpSession browser = new HttpSession(this.port);
        assertThat(browser.signIn(username, PASSWORD).location()).contains("/login?error");
        var lockedUntil = this.jdbc.sql("select locked_until from app_user where username = ?")
            .param(username)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
        assertThat(Duration.between(java.time.Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14),
                Duration.ofMinutes(15));
        assertThat(events(username)).contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED");

        this.accounts.unlock(this.accounts.findByUsername(username).orElseThrow().getId(), "test-admin");
        assertThat(new HttpSession(this.port).signIn(username, PASSWORD).location()).doesNotContain("error");
    }

    @Test
    void aNameNoUserCanHaveIsAnUnknownUserAndIsRecorded() {
        String typed = "nul\u0000" + UUID.randomUUID().toString().substring(0, 8);

        HttpSession.Response response = new HttpSession(this.port).signIn(typed, PASSWORD);

        assertThat(response.location()).endsWith("/login?error");
        assertThat(this.jdbc.sql("select detail from audit_log where username = ? and event = 'SIGN_IN_FAILED'")
            .param(typed.replace('\u0000', '\uFFFD'))
            .query(String.class)
            .list()).containsExactly("unknown user");
    }

    @Test
    void signingOutEndsTheSession() {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.signIn(username, PASSWORD);
        browser.get("/cases");

        HttpSession.Response signOut = browser.post("/logout", Map.of());

        assertThat(signOut.location()).endsWith("/login?signedOut");
        assertThat(browser.get("/cases").location()).endsWith("/login");
        assertThat(events(username)).contains("SIGN_OUT");
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutes() throws InterruptedException {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.signIn(username, PASSWORD);
        Session session = tomcatSession(browser.cookie("JSESSIONID"));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        // let thirty idle minutes pass in one second
        session.setMaxInactiveInterval(1);
        Thread.sleep(2_100);

        assertThat(browser.get("/cases").location()).endsWith("/login");
    }

    @Test
    void postingWithoutTheCsrfTokenIsRejected() {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.signIn(username, PASSWORD);

        assertThat(browser.postRaw("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(browser.postRaw("/logout", Map.of("_csrf", "forged")).status()).isEqualTo(403);
        assertThat(browser.get("/cases").status()).isEqualTo(200);
    }

    @Test
    void neitherPasswordsNorSessionIdsReachTheLog(CapturedOutput output) {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.signIn(username, "a wrong but memorable guess");
        browser.signIn(username, PASSWORD);
        browser.get("/cases");
        String sessionId = browser.cookie("JSESSIONID");

        assertThat(output.getAll()).doesNotContain(PASSWORD, "a wrong but memorable guess", sessionId);
    }

    @Test
    void aRoleThatMayNotOpenAPageGetsA403PageAndTheAttemptIsRecorded() {
        String username = newUser();
        HttpSession browser = new HttpSession(this.port);
        browser.signIn(username, PASSWORD);

        HttpSession.Response denied = browser.get("/admin/users");

        assertThat(denied.status()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(denied.body()).select("main").text()).contains("Not allowed",
                "Your role does not allow");
        assertThat(events(username)).contains("ACCESS_DENIED");
    }

    private String newUser() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        this.accounts.create(new CreateUser(username, "Test User", null, EnumSet.of(Role.ANALYST), PASSWORD), "test");
        return username;
    }

    private void lockOut(String username) {
        for (int attempt = 0; attempt < AppUser.MAX_FAILED_ATTEMPTS; attempt++) {
            new HttpSession(this.port).signIn(username, "wrong password " + attempt);
        }
    }

    private String failureMessage(String username, String password) {
        HttpSession browser = new HttpSession(this.port);
        HttpSession.Response response = browser.signIn(username, password);
        assertThat(response.location()).endsWith("/login?error");
        return org.jsoup.Jsoup.parse(browser.get("/login?error").body()).select(".alert-danger").text();
    }

    private java.util.List<String> events(String username) {
        return this.jdbc.sql("select event from audit_log where username = ? order by id")
            .param(username)
            .query(String.class)
            .list();
    }

    private Session tomcatSession(String id) {
        Context context = (Context) ((TomcatWebServer) this.webServer.getWebServer()).getTomcat()
            .getHost()
            .findChildren()[0];
        Manager manager = context.getManager();
        try {
            return manager.findSession(id);
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
