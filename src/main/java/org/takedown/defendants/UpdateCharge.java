package org.takedown.defendants;

import java.time.LocalDate;

/** Corrects a charge (its case stays); {@code version} is the version of the charge the user saw. */
record UpdateCharge(String statute, String description, int counts, LocalDate filedOn,
        ChargeDisposition disposition, long version) {

}
