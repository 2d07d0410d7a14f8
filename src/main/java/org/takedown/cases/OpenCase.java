package org.takedown.cases;

import java.time.LocalDate;

/** Opens a case: its reference, what it is about, who leads and prosecutes it, and since when. */
public record OpenCase(String reference, String title, String summary, String modusOperandi, Long leadAgencyId,
        Long prosecutingOfficeId, LocalDate openedOn) {

}
