package org.takedown.shared;

/**
 * Why a record was voided when it was not voided on its own: with its case, or with its raid. Restoring the case or
 * the raid restores exactly the records voided with it; a record voided on its own before stays voided.
 */
public enum VoidedWith {

    CASE("void.restore.withItsCase"), RAID("void.restore.withItsRaid");

    private final String restoreRefusal;

    VoidedWith(String restoreRefusal) {
        this.restoreRefusal = restoreRefusal;
    }

    /** The message that refuses to restore such a record on its own. */
    public String restoreRefusal() {
        return this.restoreRefusal;
    }

}
