package org.takedown.shared;

/**
 * Why a record was voided when it was not voided on its own: with its case, or with its raid. Restoring the case or
 * the raid restores exactly the records voided with it; a record voided on its own before stays voided.
 */
public enum VoidedWith {

    CASE, RAID

}
