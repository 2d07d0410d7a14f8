package org.takedown.shared.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The "Database cluster state" that {@code pg_controldata} prints, read from {@code global/pg_control} itself: the
 * binaries bundled with the embedded PostgreSQL have no {@code pg_controldata}. The file is trusted only when its
 * CRC-32C checks out, as PostgreSQL does before it reads it.
 */
enum ClusterState {

    // in the order of PostgreSQL's DBState (src/include/catalog/pg_control.h), whose ordinal the file holds
    STARTING_UP("starting up", false),
    SHUT_DOWN("shut down", true),
    SHUT_DOWN_IN_RECOVERY("shut down in recovery", true),
    SHUTTING_DOWN("shutting down", false),
    IN_CRASH_RECOVERY("in crash recovery", false),
    IN_ARCHIVE_RECOVERY("in archive recovery", false),
    IN_PRODUCTION("in production", false);

    /** system_identifier (8 bytes), pg_control_version (4), catalog_version_no (4), then state. */
    private static final int STATE_OFFSET = 16;

    /** The CRC covers the fields before it; ControlFileData is a few hundred bytes in every release. */
    private static final int LONGEST_CONTROL_DATA = 1024;

    private final String label;

    private final boolean cleanShutdown;

    ClusterState(String label, boolean cleanShutdown) {
        this.label = label;
        this.cleanShutdown = cleanShutdown;
    }

    /** What {@code pg_controldata} calls this state. */
    String label() {
        return this.label;
    }

    /** {@code false}: PostgreSQL will replay its write-ahead log (crash recovery) before it accepts connections. */
    boolean isCleanShutdown() {
        return this.cleanShutdown;
    }

    /** The state recorded in a data directory; empty when it has no control file yet (a new data directory). */
    static Optional<ClusterState> of(Path dataDirectory) throws IOException {
        Path controlFile = dataDirectory.resolve("global").resolve("pg_control");
        if (!Files.isRegularFile(controlFile)) {
            return Optional.empty();
        }
        return Optional.of(of(Files.readAllBytes(controlFile)));
    }

    static ClusterState of(byte[] controlFile) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(controlFile).order(ByteOrder.nativeOrder());
        if (!checksumHolds(data)) {
            throw new IOException("The control file global/pg_control fails its checksum");
        }
        int state = data.getInt(STATE_OFFSET);
        if (state < 0 || state >= values().length) {
            throw new IOException("The control file global/pg_control holds an unknown cluster state " + state);
        }
        return values()[state];
    }

    /** The CRC is the field after the data it covers: found where the CRC of what precedes it is stored. */
    private static boolean checksumHolds(ByteBuffer data) {
        CRC32C crc = new CRC32C();
        int end = Math.min(data.limit() - Integer.BYTES, LONGEST_CONTROL_DATA);
        for (int offset = 0; offset < end; offset += Integer.BYTES) {
            crc.update(data.array(), offset, Integer.BYTES);
            int next = offset + Integer.BYTES;
            if (next > STATE_OFFSET && (int) crc.getValue() == data.getInt(next)) {
                return true;
            }
        }
        return false;
    }

}
