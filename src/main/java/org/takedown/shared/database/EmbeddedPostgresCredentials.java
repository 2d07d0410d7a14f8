package org.takedown.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's three roles: the superuser (only for starting the server and creating
 * the roles), the schema owner (Flyway) and the application. Generated once from {@link SecureRandom} and kept in a
 * file that only the operating-system user running Takedown may read or write ({@code rw-------}), next to the data
 * directory rather than inside it: the data directory belongs to PostgreSQL (initdb wants it empty, a throw-away one
 * is wiped), while the passwords are needed before the server starts.
 */
final class EmbeddedPostgresCredentials {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresCredentials.class);

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String SUPERUSER = "superuser.password";

    private static final String OWNER = "owner.password";

    private static final String APPLICATION = "application.password";

    private static final SecureRandom random = new SecureRandom();

    private final Path file;

    private final Properties passwords;

    private EmbeddedPostgresCredentials(Path file, Properties passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    /** Where the passwords of a data directory are kept: {@code <data directory>.credentials} beside it. */
    static Path besideDataDirectory(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".credentials");
    }

    /** Reads the file, or creates it with new passwords when there is none. */
    static EmbeddedPostgresCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        Properties passwords = new Properties();
        for (String key : new String[] { SUPERUSER, OWNER, APPLICATION }) {
            passwords.setProperty(key, newPassword());
        }
        writeOwnerOnly(file, passwords);
        log.info("Generated the embedded PostgreSQL's passwords into {}", file);
        return new EmbeddedPostgresCredentials(file, passwords);
    }

    private static EmbeddedPostgresCredentials load(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.equals(permissions)) {
            // someone may have read them already; the file is still the only copy of the passwords
            log.warn("{} was readable beyond its owner ({}); restricting it to rw-------", file,
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            passwords.load(reader);
        }
        for (String key : new String[] { SUPERUSER, OWNER, APPLICATION }) {
            if (passwords.getProperty(key, "").isEmpty()) {
                throw new IOException(file + " lacks " + key);
            }
        }
        return new EmbeddedPostgresCredentials(file, passwords);
    }

    /** Written whole under a temporary name, synced, then renamed: a crash leaves either no file or a complete one. */
    private static void writeOwnerOnly(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
            passwords.store(out, "Passwords of the embedded PostgreSQL's roles; keep this file with its data directory");
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException ex) {
            Files.move(partial, file);
        }
    }

    /** 256 random bits in URL-safe Base64: plain ASCII, so SASLprep leaves it as it is. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Path file() {
        return this.file;
    }

    String superuserPassword() {
        return this.passwords.getProperty(SUPERUSER);
    }

    String ownerPassword() {
        return this.passwords.getProperty(OWNER);
    }

    String applicationPassword() {
        return this.passwords.getProperty(APPLICATION);
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresCredentials[" + this.file + "]";
    }

}
