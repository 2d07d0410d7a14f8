package org.takedown.audit;

import java.time.Instant;

/** One audit log entry as the CSV export writes it: a record, so that streaming a long log keeps no entities. */
record AuditLogRow(long id, Instant occurredAt, AuditEvent event, String username, String remoteAddress,
        String path, String detail) {
}
