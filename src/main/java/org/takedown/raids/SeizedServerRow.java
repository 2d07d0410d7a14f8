package org.takedown.raids;

import java.time.LocalDate;

/** One row of a list of seized servers. */
record SeizedServerRow(Long id, String hostname, String countryCode, String countryName, ServerRole role,
        ServerStatus status, String hostingProvider, LocalDate seizedOn, Long raidId, Long caseId,
        String caseReference) {
}
