package org.takedown.defendants;

import java.time.LocalDate;

/** Charges a defendant in one of their cases. */
public record ChargeDefendant(Long caseId, String statute, String description, int counts, LocalDate filedOn,
        ChargeDisposition disposition) {

}
