package org.takedown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations stay as they landed: a database that already ran one keeps its recorded checksum, so an edited file makes
 * Flyway refuse to start there. {@value #LIST} holds the SHA-256 of every migration on main (in {@code sha256sum}
 * format, line endings normalised to LF as Flyway's own checksum ignores them); a change goes into a new migration.
 */
class MigrationChecksumTests {

    static final String LIST = "db/landed-migrations.sha256";

    static final String MIGRATIONS = "classpath:db/migration/*.sql";

    Map<String, String> landed;

    Map<String, String> present;

    @BeforeEach
    void read() throws IOException {
        this.landed = landedMigrations();
        this.present = new TreeMap<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources(MIGRATIONS)) {
            try (InputStream in = migration.getInputStream()) {
                this.present.put(migration.getFilename(), sha256(in.readAllBytes()));
            }
        }
    }

    @Test
    void everyMigrationThatLandedIsUnchanged() {
        List<String> changed = new ArrayList<>();
        this.landed.forEach((file, expected) -> {
            String actual = this.present.get(file);
            if (actual != null && !actual.equals(expected)) {
                changed.add(file + " (landed as " + expected + ", now " + actual + ")");
            }
        });
        assertThat(changed).withFailMessage(() -> "Migrations changed after they landed: " + changed
                + ". Databases that ran them refuse to start on a changed checksum: restore the file as it was "
                + "and put the change into a new migration.")
            .isEmpty();
    }

    @Test
    void everyMigrationThatLandedIsStillThere() {
        List<String> missing = this.landed.keySet().stream().filter((file) -> !this.present.containsKey(file)).toList();
        assertThat(missing).withFailMessage(() -> "Migrations that landed are gone: " + missing
                + ". Databases that ran them refuse to start without them: restore them under the same name.")
            .isEmpty();
    }

    @Test
    void everyMigrationIsLockedInTheList() {
        List<String> unlisted = this.present.entrySet()
            .stream()
            .filter((migration) -> !this.landed.containsKey(migration.getKey()))
            .map((migration) -> migration.getValue() + "  " + migration.getKey())
            .toList();
        assertThat(unlisted).withFailMessage(() -> "Migrations missing from src/test/resources/" + LIST + ": "
                + unlisted + ". Once a new migration lands on main, add its line (as above, or `sha256sum` of the "
                + "file) to the list, so it cannot change afterwards.")
            .isEmpty();
    }

    @Test
    void listHoldsOneWellFormedLinePerMigration() throws IOException {
        List<String> lines = new ClassPathResource(LIST).getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allSatisfy((line) -> assertThat(line).matches("[0-9a-f]{64}  V\\S+\\.sql"));
        assertThat(this.landed).hasSameSizeAs(lines);
    }

    static Map<String, String> landedMigrations() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        new ClassPathResource(LIST).getContentAsString(StandardCharsets.UTF_8).lines().forEach((line) -> {
            String[] parts = line.split("\\s+\\*?", 2);
            landed.put(parts[1], parts[0]);
        });
        return landed;
    }

    static String sha256(byte[] content) {
        byte[] lf = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
