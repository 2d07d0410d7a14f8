package org.takedown.cases;

import java.time.LocalDate;

import org.takedown.shared.RuleViolations;

/**
 * A case as other modules know it: its id, how it is named on their pages, when it was opened (their records cannot
 * date from before it) and whether it was voided (then nothing is added to it). Read through
 * {@link CaseService#ref(Long)} or, for several at once, {@link CaseService#refs}.
 */
public record CaseRef(Long id, String reference, String title, LocalDate openedOn, boolean voided) {

    /** Nothing is added to a voided case (a raid, a server, a defendant, a charge, an extradition request). */
    public void checkNotVoided() {
        if (this.voided) {
            throw RuleViolations.ofForm("case.voided");
        }
    }

}
