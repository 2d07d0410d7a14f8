package org.takedown.cases;

import java.time.LocalDate;

/**
 * Corrects what a case is about, who leads and prosecutes it, and since when; {@code version} is the version of the
 * case the user saw, so that a stale form cannot overwrite a newer save.
 */
record UpdateCase(String title, String summary, String modusOperandi, Long leadAgencyId, Long prosecutingOfficeId,
        LocalDate openedOn, long version) {

}
