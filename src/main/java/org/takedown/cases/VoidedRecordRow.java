package org.takedown.cases;

import java.time.Instant;

/** A row of the administrator's list of voided records; see {@link VoidedRecords} for the columns. */
record VoidedRecordRow(String kind, String key, String name, long caseId, Instant voidedAt, String voidedBy,
        String voidReason, long version, String page, String restore) {

    VoidedRecordQueries.Position position() {
        return new VoidedRecordQueries.Position(this.voidedAt, this.kind, this.key);
    }

}
