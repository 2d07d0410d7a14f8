package org.takedown.cases;

import java.time.LocalDate;

/** One row of the case list. */
record CaseSummary(Long id, String reference, String title, CaseStatus status, String leadAgency,
        LocalDate openedOn, long defendants, long raids, long servers) {
}
