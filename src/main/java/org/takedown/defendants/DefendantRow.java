package org.takedown.defendants;

import java.time.LocalDate;

/** One row of the defendant list: what the list shows, read in one query for a whole page. */
record DefendantRow(long id, String fullName, String aliases, String nationalityCode, String nationalityName,
        LegalStatus legalStatus, String custodyCode, String custodyName, String custodyCountryCode,
        LocalDate arrestedOn, String cases) {
}
