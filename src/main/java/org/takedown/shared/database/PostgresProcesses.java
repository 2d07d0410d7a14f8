package org.takedown.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL processes working in a data directory, found through {@code /proc}: a postmaster and each of its
 * children change into their data directory, so a process whose executable is {@code postgres} and whose working
 * directory is this one belongs to this directory's server, whichever port it listens on and whoever started it.
 */
final class PostgresProcesses {

    /** Without {@code /proc} (not Linux) no process can be tied to a directory: only liveness is known. */
    private static final boolean PROC = Files.isDirectory(Path.of("/proc/self"));

    private PostgresProcesses() {
    }

    /** Every live PostgreSQL process (postmaster or child) of this data directory. */
    static List<ProcessHandle> in(Path dataDirectory) {
        Path directory = realPath(dataDirectory);
        return ProcessHandle.allProcesses()
            .filter((process) -> isLivePostgres(process) && directory.equals(workingDirectory(process).orElse(null)))
            .toList();
    }

    /** Whether this process runs PostgreSQL in this data directory; {@code false} for a pid now used by another. */
    static boolean isPostgresOf(long pid, Path dataDirectory) {
        if (!PROC) {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent();
        }
        return ProcessHandle.of(pid)
            .filter(PostgresProcesses::isLivePostgres)
            .flatMap(PostgresProcesses::workingDirectory)
            .filter(realPath(dataDirectory)::equals)
            .isPresent();
    }

    /** Waits until no process works in this data directory; {@code false} if some still do after the timeout. */
    static boolean awaitNoneIn(Path dataDirectory, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!in(dataDirectory).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** The executable of a process, which the directory of {@code pg_ctl} is taken from. */
    static Optional<Path> executable(ProcessHandle process) {
        return process.info().command().map(Path::of);
    }

    /** Alive and not a zombie waiting to be reaped: a killed process can linger as one where nothing reaps it. */
    private static boolean isLivePostgres(ProcessHandle process) {
        return process.isAlive() && executable(process).map(Path::getFileName)
            .map(Path::toString)
            .filter((name) -> name.equals("postgres") || name.startsWith("postgres "))
            .isPresent() && !isZombie(process.pid());
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) S ...": the state follows the command name, which may itself hold parentheses
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || "ZX".indexOf(stat.charAt(end + 2)) >= 0;
        }
        catch (IOException ex) {
            return true;
        }
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")));
        }
        catch (IOException | UnsupportedOperationException | SecurityException ex) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        }
        catch (IOException ex) {
            return directory.toAbsolutePath().normalize();
        }
    }

}
