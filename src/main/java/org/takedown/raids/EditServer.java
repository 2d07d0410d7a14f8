package org.takedown.raids;

/**
 * A server row of a saved raid's form: a server already recorded ({@code id} and the {@code version} of it the user
 * saw), corrected with {@code values} or, when {@code remove}, voided with {@code removalReason}; or a new server
 * seized in the raid ({@code id} null).
 */
record EditServer(Long id, long version, RecordServer values, boolean remove, String removalReason) {

    boolean recorded() {
        return this.id != null;
    }

    /** The row's values when they are to be saved; {@code null} for a row being removed, which keeps no name. */
    RecordServer kept() {
        return this.remove ? null : this.values;
    }

}
