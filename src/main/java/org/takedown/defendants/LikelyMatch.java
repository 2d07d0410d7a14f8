package org.takedown.defendants;

import java.time.LocalDate;

/**
 * A record that may be the same person as a name being entered: what tells two people apart (date of birth,
 * nationality, aliases, cases), for the duplicate warning and the merge page.
 */
record LikelyMatch(long id, String fullName, LocalDate dateOfBirth, String nationalityCode, String nationalityName,
        LegalStatus legalStatus, String aliases, String cases) {
}
