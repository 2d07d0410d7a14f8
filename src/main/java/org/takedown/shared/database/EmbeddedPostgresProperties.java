package org.takedown.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and its unpacked binaries.
 *
 * @param dataDirectory kept between runs; blank means a throw-away directory wiped at every start (tests)
 * @param workingDirectory where the PostgreSQL binaries are unpacked; blank means the JVM's temporary directory
 * @param unsafeWithoutFsync {@code true} trades durability for speed: no fsync, no synchronous commit, no full-page
 * writes, so a power loss or an OS crash can lose confirmed writes or corrupt the data. Off unless set by this name;
 * only the tests, whose database is thrown away, set it
 */
@ConfigurationProperties("takedown.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, String workingDirectory, boolean unsafeWithoutFsync) {
}
