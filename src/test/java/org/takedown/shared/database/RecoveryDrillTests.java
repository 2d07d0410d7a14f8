package org.takedown.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.takedown.support.HttpSession;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery drills of docs/reliability.md, end to end against the application in a JVM of its own: the
 * application killed with {@code kill -9} while it confirms writes, and its database killed under load. Each prints
 * its figures on one line starting with {@code DRILL}. Starting the application costs most of their time, so the
 * second drill runs on the application the first one restarted (or starts one when it runs alone).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryDrillTests {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static final int WRITERS = 3;

    /** The application is killed once this many writes are confirmed, while its writers keep writing. */
    private static final int CONFIRMED_BEFORE_KILL = 20;

    /** Under target/, so that the logs of the applications stay to be read after a run. */
    private Path workDirectory;

    private final List<ChildApplication> applications = new ArrayList<>();

    /** A thread per writer, reader and probe: the common pool may run them one at a time on two cores. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** The application running now, if any. */
    private ChildApplication running;

    @BeforeAll
    void cleanWorkDirectory() throws IOException {
        this.workDirectory = Path.of("target", "recovery-drills").toAbsolutePath();
        FileSystemUtils.deleteRecursively(this.workDirectory);
        Files.createDirectories(this.workDirectory);
    }

    @AfterAll
    void stopEverything() throws Exception {
        this.threads.shutdownNow();
        for (ChildApplication application : this.applications) {
            application.close();
        }
        // a server of a killed run that no later run stopped would outlive the test
        for (ProcessHandle leftover : PostgresProcesses.in(dataDirectory())) {
            leftover.destroy();
        }
    }

    @Test
    @Order(1)
    void everyWriteConfirmedBeforeTheApplicationIsKilledIsThereAfterItsRestart() throws Exception {
        ChildApplication first = start("first-run.log");
        this.running = null;
        List<String> confirmed = new ArrayList<>();
        AtomicInteger attempted = new AtomicInteger();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int writer = 1; writer <= WRITERS; writer++) {
            HttpSession admin = signIn(first);
            String prefix = "drill-" + writer + "-";
            writers.add(CompletableFuture.runAsync(() -> writeUntilBroken(admin, prefix, confirmed, attempted),
                    this.threads));
        }
        awaitConfirmed(confirmed, CONFIRMED_BEFORE_KILL, Duration.ofSeconds(60));

        first.kill();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        List<Long> orphans = PostgresProcesses.in(dataDirectory()).stream().map(ProcessHandle::pid).toList();

        long restartStarted = System.nanoTime();
        ChildApplication second = start("second-run.log");
        double restartSeconds = seconds(System.nanoTime() - restartStarted);
        List<String> usernames = signIn(second).get("/admin/users/export.csv")
            .body()
            .lines()
            .map((row) -> row.split(",")[1])
            .toList();
        List<String> lost = confirmed.stream().filter((username) -> !usernames.contains(username)).toList();

        System.out.printf("DRILL application kill -9: %d writes confirmed, %d lost, %d attempted; orphan PostgreSQL"
                + " processes after the kill: %d; restart healthy in %.1f s%n", confirmed.size(), lost.size(),
                attempted.get(), orphans.size(), restartSeconds);
        assertThat(orphans).as("the killed application leaves its PostgreSQL running").isNotEmpty();
        assertThat(second.log()).contains("left running by an application that ended without stopping it")
            .doesNotContain("runs without fsync");
        assertThat(lost).isEmpty();
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(CONFIRMED_BEFORE_KILL);
    }

    /** Creates users until the connection breaks; a write is confirmed by the redirect to the new user's page. */
    private static void writeUntilBroken(HttpSession admin, String prefix, List<String> confirmed,
            AtomicInteger attempted) {
        for (int number = 1; number < 100_000; number++) {
            attempted.incrementAndGet();
            String username = prefix + number;
            try {
                HttpSession.Response response = admin.post("/admin/users", Map.of("username", username,
                        "displayName", "Drill user " + number, "roles", "ANALYST", "password",
                        "a long and unusual drill phrase"));
                if (response.status() == 302 && response.location().matches(".*/admin/users/[0-9]+/edit")) {
                    synchronized (confirmed) {
                        confirmed.add(username);
                    }
                }
            }
            catch (IllegalStateException ex) {
                // the connection broke: the application is gone, and this write was never confirmed
                return;
            }
        }
    }

    @Test
    @Order(2)
    void theApplicationRecoversByItselfWhenItsDatabaseIsKilledUnderLoad() throws Exception {
        ChildApplication application = (this.running != null) ? this.running : start("application.log");
        HttpSession reader = signIn(application);
        AtomicBoolean underLoad = new AtomicBoolean(true);
        List<long[]> pages = new ArrayList<>();
        List<long[]> health = new ArrayList<>();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            while (underLoad.get()) {
                long at = System.nanoTime();
                int status;
                try {
                    status = reader.get("/admin/users").status();
                }
                catch (IllegalStateException ex) {
                    status = 0;
                }
                synchronized (pages) {
                    pages.add(new long[] { at, status, System.nanoTime() });
                }
            }
        }, this.threads);
        CompletableFuture<Void> probe = CompletableFuture.runAsync(() -> {
            while (underLoad.get()) {
                long at = System.nanoTime();
                int status = application.health(Duration.ofSeconds(2));
                synchronized (health) {
                    health.add(new long[] { at, status });
                }
                sleep(Duration.ofMillis(100));
            }
        }, this.threads);
        sleep(Duration.ofSeconds(2));

        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
        long killedAt = System.nanoTime();
        assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();

        long down = firstAfter(health, killedAt, 503, Duration.ofSeconds(30))[0];
        // requests wait for a connection while the database restarts: a page works again when one started after
        // the failure was detected has been answered
        long pageAgain = firstAfter(pages, down, 200, Duration.ofSeconds(60))[2];
        long upAgain = firstAfter(health, down, 200, Duration.ofSeconds(60))[0];
        underLoad.set(false);
        load.get(30, TimeUnit.SECONDS);
        probe.get(30, TimeUnit.SECONDS);
        long failedPages;
        synchronized (pages) {
            failedPages = pages.stream().filter((page) -> page[0] >= killedAt && page[1] != 200).count();
        }

        System.out.printf("DRILL database kill -9: health DOWN after %.1f s, pages work again after %.1f s, health UP"
                + " after %.1f s; %d page requests failed meanwhile%n", seconds(down - killedAt),
                seconds(pageAgain - killedAt), seconds(upAgain - killedAt), failedPages);
        assertThat(seconds(down - killedAt)).isLessThan(5);
        assertThat(application.log()).contains("has stopped; starting it again on port")
            .contains("Embedded PostgreSQL started again");
        HttpSession.Response created = reader.post("/admin/users", Map.of("username", "after-recovery",
                "displayName", "Created after recovery", "roles", "ANALYST", "password", "a long and unusual phrase"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(reader.get(created.location().replaceFirst("^https?://[^/]+", "")).body())
            .contains("after-recovery");
    }

    private ChildApplication start(String log) throws Exception {
        ChildApplication application = ChildApplication.start(dataDirectory(), this.workDirectory.resolve(log));
        this.applications.add(application);
        this.running = application;
        return application;
    }

    private Path dataDirectory() {
        return this.workDirectory.resolve("postgres");
    }

    private static HttpSession signIn(ChildApplication application) {
        HttpSession session = new HttpSession(application.port(), REQUEST_TIMEOUT);
        // health is UP before the application's runners have created the administrator
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (session.signIn("admin", ChildApplication.ADMIN_PASSWORD).location().contains("error")) {
            assertThat(System.nanoTime()).as("signed in within 30 s").isLessThan(deadline);
            sleep(Duration.ofMillis(200));
        }
        // the token changes at sign-in: a page loaded after it carries the one forms need
        assertThat(session.get("/admin/users/new").status()).isEqualTo(200);
        return session;
    }

    private static void awaitConfirmed(List<String> confirmed, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (confirmed) {
                if (confirmed.size() >= count) {
                    return;
                }
            }
            sleep(Duration.ofMillis(20));
        }
        throw new AssertionError("Fewer than " + count + " writes confirmed in " + timeout);
    }

    /** The first sample taken at or after {@code since} with this status. */
    private static long[] firstAfter(List<long[]> samples, long since, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (samples) {
                for (long[] sample : samples) {
                    if (sample[0] >= since && sample[1] == status) {
                        return sample;
                    }
                }
            }
            sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("No answer " + status + " within " + timeout);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
