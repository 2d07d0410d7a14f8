package org.takedown.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded PostgreSQL of this application on its data directory. Before it starts PostgreSQL it
 * <ul>
 * <li>holds a lock next to the data directory for as long as the application runs, so that a second application on
 * the same directory stops at once instead of taking the first one's server for a leftover;</li>
 * <li>shuts down a PostgreSQL left running in the directory by an application that was killed ({@code kill -9}
 * leaves no chance to stop it), with {@code pg_ctl stop -m fast} and, as a last resort, {@code -m immediate}, and
 * removes a {@code postmaster.pid} whose process is gone, which would otherwise stop the start when its pid has been
 * reused;</li>
 * <li>reads whether the directory was shut down cleanly, and says so when PostgreSQL will run crash recovery.</li>
 * </ul>
 * {@link #restartIfDown()} starts it again, on the same port and data directory so that open connection pools keep
 * working, when its postmaster has died; {@link EmbeddedPostgresWatchdog} calls it.
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Crash recovery replays the write-ahead log before PostgreSQL answers: zonky's 10 seconds can be too short. */
    static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    /** How long a fast shutdown of a leftover may take (it writes a checkpoint) before an immediate one. */
    static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(60);

    /** How long the children of a dead postmaster may take to notice and exit. */
    static final Duration CHILDREN_EXIT_WAIT = Duration.ofSeconds(30);

    enum State {

        RUNNING, DOWN, STOPPED

    }

    private final EmbeddedPostgres.Builder builder;

    private final Path dataDirectory;

    private final boolean throwAway;

    private final FileChannel lockFile;

    private EmbeddedPostgres postgres;

    private volatile long postmasterPid;

    private volatile State state = State.DOWN;

    private volatile int restarts;

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, Path dataDirectory, boolean throwAway,
            FileChannel lockFile) {
        this.builder = builder;
        this.dataDirectory = dataDirectory;
        this.throwAway = throwAway;
        this.lockFile = lockFile;
    }

    /**
     * Starts PostgreSQL with the builder's settings in a data directory kept between runs or, when {@code throwAway},
     * in one that is deleted when the server is closed.
     */
    static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, Path directory, boolean throwAway)
            throws IOException {
        Path dataDirectory = directory.toAbsolutePath().normalize();
        FileChannel lockFile = throwAway ? null : lock(dataDirectory);
        // zonky would wipe a directory it was told to clean, at every restart too: a throw-away one is deleted here
        builder.setDataDirectory(dataDirectory.toFile())
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(STARTUP_WAIT);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder, dataDirectory, throwAway, lockFile);
        try {
            synchronized (server) {
                server.stopLeftover();
                server.startPostgres();
            }
            return server;
        }
        catch (IOException | RuntimeException ex) {
            server.close();
            throw ex;
        }
    }

    /** The instance started last; its port and data directory are those of every restart. */
    synchronized EmbeddedPostgres postgres() {
        return this.postgres;
    }

    State state() {
        return this.state;
    }

    /** How many times PostgreSQL was started again after it died under the application. */
    int restarts() {
        return this.restarts;
    }

    long postmasterPid() {
        return this.postmasterPid;
    }

    Path dataDirectory() {
        return this.dataDirectory;
    }

    /** Whether the postmaster started last still runs; {@code false} once it has died, before any restart. */
    boolean isPostmasterAlive() {
        return PostgresProcesses.isPostgresOf(this.postmasterPid, this.dataDirectory);
    }

    /**
     * Starts PostgreSQL again if its postmaster has died, on the same port and data directory; {@code true} if it
     * did. Never while the server is being closed, and never while a process of the dead server still works in
     * the directory.
     */
    synchronized boolean restartIfDown() throws InterruptedException {
        if (this.state == State.STOPPED || isPostmasterAlive()) {
            return false;
        }
        if (this.state == State.RUNNING) {
            this.state = State.DOWN;
            log.error("Embedded PostgreSQL (pid {}) in {} has stopped; starting it again on port {}",
                    this.postmasterPid, this.dataDirectory, this.postgres.getPort());
        }
        long started = System.nanoTime();
        try {
            if (!PostgresProcesses.awaitNoneIn(this.dataDirectory, CHILDREN_EXIT_WAIT)) {
                throw new IOException("Processes of the stopped PostgreSQL still work in " + this.dataDirectory);
            }
            // releases zonky's lock on the directory; the stale postmaster.pid is removed first, so that its pg_ctl
            // stop finds no server to signal
            removeStalePidFile();
            log.info("Releasing the stopped server; pg_ctl will report that there is no server left to stop");
            this.postgres.close();
            startPostgres();
            this.restarts++;
            log.warn("Embedded PostgreSQL started again in {} ms (pid {}, port {}, restart {})",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), this.postmasterPid,
                    this.postgres.getPort(), this.restarts);
            return true;
        }
        catch (IOException | RuntimeException ex) {
            log.error("Could not start embedded PostgreSQL again; trying again shortly", ex);
            return false;
        }
    }

    /** Stops PostgreSQL (fast shutdown) and releases the data directory; a throw-away one is deleted. */
    @Override
    public synchronized void close() {
        this.state = State.STOPPED;
        try {
            if (this.postgres != null) {
                this.postgres.close();
            }
        }
        catch (IOException ex) {
            log.error("Could not stop embedded PostgreSQL", ex);
        }
        try {
            if (this.lockFile != null) {
                this.lockFile.close();
            }
            if (this.throwAway) {
                deleteRecursively(this.dataDirectory);
            }
        }
        catch (IOException ex) {
            log.warn("Could not release the data directory {}", this.dataDirectory, ex);
        }
    }

    private void startPostgres() throws IOException {
        logClusterState();
        this.postgres = this.builder.start();
        // zonky picked a free port for the first start; every restart must use it again
        this.builder.setPort(this.postgres.getPort());
        this.postmasterPid = postmasterPidFileEntry().orElseThrow(
                () -> new IOException("PostgreSQL started without a postmaster.pid in " + this.dataDirectory));
        this.state = State.RUNNING;
    }

    private void logClusterState() {
        try {
            Optional<ClusterState> clusterState = ClusterState.of(this.dataDirectory);
            if (clusterState.isEmpty()) {
                log.info("Embedded PostgreSQL data directory {} is new: creating the database cluster",
                        this.dataDirectory);
            }
            else if (clusterState.get().isCleanShutdown()) {
                log.info("Embedded PostgreSQL data directory {} was shut down cleanly (cluster state: {})",
                        this.dataDirectory, clusterState.get().label());
            }
            else {
                log.warn("Embedded PostgreSQL data directory {} was not shut down cleanly (cluster state: {}):"
                        + " PostgreSQL runs crash recovery from its write-ahead log before accepting connections",
                        this.dataDirectory, clusterState.get().label());
            }
        }
        catch (IOException ex) {
            log.warn("Could not read the cluster state of {}: {}", this.dataDirectory, ex.getMessage());
        }
    }

    /** Shuts down a PostgreSQL left running in the directory by a killed application, and clears its traces. */
    private void stopLeftover() throws IOException {
        if (this.throwAway) {
            return;
        }
        Optional<Long> pid = postmasterPidFileEntry();
        Optional<ProcessHandle> postmaster = pid
            .filter((candidate) -> PostgresProcesses.isPostgresOf(candidate, this.dataDirectory))
            .flatMap(ProcessHandle::of);
        if (postmaster.isPresent()) {
            ProcessHandle leftover = postmaster.get();
            log.warn("A PostgreSQL (pid {}) left running by an application that ended without stopping it holds {};"
                    + " shutting it down (fast)", pid.get(), this.dataDirectory);
            if (!stop(leftover, "fast", FAST_SHUTDOWN_WAIT)) {
                log.error("The leftover PostgreSQL (pid {}) did not shut down in {} s; shutting it down immediately"
                        + " (crash recovery will run)", pid.get(), FAST_SHUTDOWN_WAIT.toSeconds());
                if (!stop(leftover, "immediate", Duration.ofSeconds(30))) {
                    throw new IllegalStateException("The leftover PostgreSQL (pid " + pid.get() + ") in "
                            + this.dataDirectory + " does not stop; stop it before starting the application");
                }
            }
            log.info("The leftover PostgreSQL (pid {}) has shut down", pid.get());
        }
        try {
            if (!PostgresProcesses.awaitNoneIn(this.dataDirectory, CHILDREN_EXIT_WAIT)) {
                throw new IllegalStateException("PostgreSQL processes " + PostgresProcesses.in(this.dataDirectory)
                    .stream()
                    .map(ProcessHandle::pid)
                    .toList() + " still work in " + this.dataDirectory + "; stop them before starting the application");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL processes to exit", ex);
        }
        removeStalePidFile();
    }

    /** {@code pg_ctl stop} with the leftover's own binaries, then waits until none of its processes is left. */
    private boolean stop(ProcessHandle postmaster, String mode, Duration timeout) throws IOException {
        Path pgCtl = PostgresProcesses.executable(postmaster)
            .map((postgres) -> postgres.resolveSibling("pg_ctl"))
            .filter(Files::isExecutable)
            .orElseThrow(() -> new IOException("No pg_ctl next to the leftover PostgreSQL (pid " + postmaster.pid()
                    + ") to shut it down with; stop it before starting the application"));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // started as root, PostgreSQL runs in a user namespace of its own, and pg_ctl refuses to run as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", this.dataDirectory.toString(), "stop", "-m", mode, "-w", "-t",
                Long.toString(timeout.toSeconds())));
        try {
            Process pgCtlProcess = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            pgCtlProcess.waitFor(timeout.toSeconds() + 5, TimeUnit.SECONDS);
            return PostgresProcesses.awaitNoneIn(this.dataDirectory, Duration.ofSeconds(5));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while shutting down the leftover PostgreSQL", ex);
        }
    }

    /**
     * A {@code postmaster.pid} no PostgreSQL of this directory runs under is stale, and so is the lock file of its
     * socket when it names the same postmaster. PostgreSQL overwrites such files when their process is gone, but
     * refuses to start while their pid belongs to a live process: one that reused the pid, or the killed postmaster
     * itself until its parent has reaped it (a zombie).
     */
    private void removeStalePidFile() throws IOException {
        List<String> pidFile = postmasterPidFile();
        Optional<Long> pid = postmasterPid(pidFile);
        if (pid.isEmpty() || !PostgresProcesses.in(this.dataDirectory).isEmpty()) {
            return;
        }
        log.info("Removing the postmaster.pid of PostgreSQL pid {}, which no longer runs", pid.get());
        if (pidFile.size() > 4 && pidFile.get(3).trim().matches("[0-9]+") && !pidFile.get(4).isBlank()) {
            Path socketLock = Path.of(pidFile.get(4).trim(), ".s.PGSQL." + pidFile.get(3).trim() + ".lock");
            if (postmasterPid(lines(socketLock)).equals(pid)) {
                Files.deleteIfExists(socketLock);
            }
        }
        Files.deleteIfExists(this.dataDirectory.resolve("postmaster.pid"));
    }

    /** The postmaster's pid, the first line of {@code postmaster.pid}; empty when there is no such file. */
    private Optional<Long> postmasterPidFileEntry() throws IOException {
        return postmasterPid(postmasterPidFile());
    }

    /** Its lines: pid, data directory, start time, port, socket directory, listen address, shared memory, status. */
    private List<String> postmasterPidFile() throws IOException {
        return lines(this.dataDirectory.resolve("postmaster.pid"));
    }

    private static Optional<Long> postmasterPid(List<String> lockFile) {
        return lockFile.stream().findFirst().map(String::trim).filter((line) -> line.matches("[0-9]+"))
            .map(Long::valueOf);
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        }
        catch (NoSuchFileException ex) {
            return List.of();
        }
    }

    /** The application's hold on the data directory, released by the operating system when its JVM ends. */
    private static FileChannel lock(Path dataDirectory) throws IOException {
        Path lockPath = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (java.nio.channels.OverlappingFileLockException ex) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another running application uses the embedded database in "
                    + dataDirectory + " (" + lockPath + " is locked)");
        }
        return channel;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

}
