package org.takedown.cases;

import java.time.LocalDate;

/**
 * A case as other modules know it: its id, how it is named on their pages and when it was opened (their records cannot
 * date from before it). Read through {@link CaseService#ref(Long)} or, for several at once, {@link CaseService#refs}.
 */
public record CaseRef(Long id, String reference, String title, LocalDate openedOn) {

}
