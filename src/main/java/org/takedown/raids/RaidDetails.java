package org.takedown.raids;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the raid form says of the raid itself, when a raid is logged and when it is edited: where and when (the
 * jurisdiction's code, the day, the local time and its IANA zone), who led and took part, on what legal basis, and how
 * it went. Its status is not among them: it changes only through the status form.
 */
public record RaidDetails(String jurisdictionCode, LocalDate raidDate, LocalTime localTime, String timeZone,
        Long leadAgencyId, List<Long> participatingAgencyIds, LegalBasis legalBasis, String legalReference,
        String outcome, int arrestsMade) {

    public RaidDetails {
        participatingAgencyIds = List.copyOf(participatingAgencyIds);
    }

}
