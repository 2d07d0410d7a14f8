package org.takedown.raids;

import java.time.LocalDate;
import java.time.LocalTime;

/** One row of the raid list. */
record RaidRow(Long id, Long caseId, String caseReference, String jurisdictionCode, String jurisdictionName,
        String countryCode, String countryName, RaidStatus status, LocalDate raidDate, LocalTime localTime,
        String timeZone, String leadAgency, long servers) {
}
