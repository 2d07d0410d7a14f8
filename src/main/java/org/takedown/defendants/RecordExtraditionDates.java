package org.takedown.defendants;

import java.time.LocalDate;

/**
 * The dates of an extradition request's proceedings and a note, as the prosecutor corrects them; {@code version} is
 * the version of the request the user saw.
 */
record RecordExtraditionDates(LocalDate hearingOn, LocalDate decidedOn, LocalDate surrenderedOn, String note,
        long version) {

}
