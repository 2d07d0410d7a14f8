package org.takedown.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.takedown.support.HttpSession;
import org.takedown.support.IntegrationTest;
import org.takedown.support.PasswordChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in under concurrency, over real HTTP: many clients, each with its own session and the CSRF token of its own
 * sign-in page, post the sign-in form at the same moment.
 */
@IntegrationTest
class SignInUnderLoadTests {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordChecks passwordChecks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenParallelGuessersGetExactlyFivePasswordsCheckedBeforeTheLock() throws Exception {
        String username = newUser();
        int guessers = 10;
        int guessesEach = 3;

        List<HttpSession.Response> answers = inParallel(guessers, (guesser) -> {
            List<HttpSession.Response> own = new ArrayList<>();
            HttpSession browser = new HttpSession(this.port);
            for (int guess = 0; guess < guessesEach; guess++) {
                browser.get("/login");
                own.add(browser.post("/login",
                        Map.of("username", username, "password", "guess " + guesser + "-" + guess)));
            }
            return own;
        });

        assertThat(answers).hasSize(guessers * guessesEach)
            .allSatisfy((answer) -> assertThat(answer.location()).endsWith("/login?error"));
        assertThat(this.passwordChecks.against(passwordHash(username))).isEqualTo(AppUser.MAX_FAILED_ATTEMPTS);
        assertThat(failures(username, "wrong password")).isEqualTo(AppUser.MAX_FAILED_ATTEMPTS);
        assertThat(failures(username, "account locked")).isEqualTo(guessers * guessesEach - AppUser.MAX_FAILED_ATTEMPTS);
        assertThat(count(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(this.jdbc.sql("select locked_until > now() + interval '14 minutes' from app_user where username = ?")
            .param(username)
            .query(Boolean.class)
            .single()).isTrue();
    }

    @Test
    void fortyParallelCorrectSignInsAllSucceedAndAreEachRecorded() throws Exception {
        String username = newUser();
        int clients = 40;

        List<HttpSession.Response> pages = inParallel(clients, (client) -> {
            HttpSession browser = new HttpSession(this.port);
            browser.get("/login");
            HttpSession.Response signIn = browser.post("/login", Map.of("username", username, "password", PASSWORD));
            return List.of(signIn, browser.get("/cases"));
        });

        assertThat(pages).hasSize(2 * clients).allSatisfy((page) -> assertThat(page.status()).isIn(200, 302));
        for (int client = 0; client < clients; client++) {
            assertThat(pages.get(2 * client).location()).doesNotContain("error");
            assertThat(pages.get(2 * client + 1).status()).isEqualTo(200);
        }
        assertThat(count(username, "SIGN_IN")).isEqualTo(clients);
        assertThat(count(username, "SIGN_IN_FAILED")).isZero();
        assertThat(this.passwordChecks.against(passwordHash(username))).isEqualTo(clients);
        assertThat(this.jdbc.sql("select failed_attempts from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void correctSignInsAmongParallelGuessersResetTheCountAndNothingAnswers500() throws Exception {
        String username = newUser();
        int clients = 24;

        // every third client knows the password: each success starts the count of failures in a row again
        List<HttpSession.Response> answers = inParallel(clients, (client) -> {
            HttpSession browser = new HttpSession(this.port);
            browser.get("/login");
            String password = client % 3 == 0 ? PASSWORD : "guess " + client;
            return List.of(browser.post("/login", Map.of("username", username, "password", password)));
        });

        assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(302));
        long signedIn = answers.stream().filter((answer) -> !answer.location().contains("error")).count();
        assertThat(count(username, "SIGN_IN")).isEqualTo(signedIn);
        assertThat(count(username, "SIGN_IN") + count(username, "SIGN_IN_FAILED")).isEqualTo(clients);
        // a check for every attempt that was not refused because of a lock
        assertThat(this.passwordChecks.against(passwordHash(username)))
            .isEqualTo(clients - failures(username, "account locked"));
    }

    /** Runs {@code client} for clients 0..n-1, all released at the same moment; their answers in client order. */
    private static List<HttpSession.Response> inParallel(int clients,
            Function<Integer, List<HttpSession.Response>> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<HttpSession.Response>>> running = new ArrayList<>();
            for (int n = 0; n < clients; n++) {
                int id = n;
                running.add(pool.submit(() -> {
                    start.await();
                    return client.apply(id);
                }));
            }
            start.countDown();
            List<HttpSession.Response> answers = new ArrayList<>();
            for (Future<List<HttpSession.Response>> answer : running) {
                answers.addAll(answer.get(2, TimeUnit.MINUTES));
            }
            return answers;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private String newUser() {
        String username = "load-" + UUID.randomUUID().toString().substring(0, 8);
        this.accounts.create(new CreateUser(username, "Load Test", null, EnumSet.of(Role.ANALYST), PASSWORD), "test");
        return username;
    }

    private String passwordHash(String username) {
        return this.jdbc.sql("select password_hash from app_user where username = ?")
            .param(username)
            .query(String.class)
            .single();
    }

    private long count(String username, String event) {
        return this.jdbc.sql("select count(*) from audit_log where username = ? and event = ?")
            .params(username, event)
            .query(Long.class)
            .single();
    }

    private long failures(String username, String reason) {
        return this.jdbc.sql("select count(*) from audit_log where username = ? and event = 'SIGN_IN_FAILED' "
                + "and detail = ?")
            .params(username, reason)
            .query(Long.class)
            .single();
    }

}
