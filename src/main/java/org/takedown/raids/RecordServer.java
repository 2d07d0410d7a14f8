package org.takedown.raids;

import java.time.LocalDate;

/**
 * A server seized in a raid being logged. Its country ({@code null}: the raid's) and its seizure date ({@code null}:
 * the raid's day) default to the raid's.
 */
public record RecordServer(String hostname, String ipAddresses, String hostingProvider, ServerRole role, String countryCode,
        LocalDate seizedOn) {

}
