package org.takedown.audit;

import org.takedown.export.CsvExported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every CSV export is a bulk read of criminal-justice data: one audit log entry each, with the filter and the rows. */
@Component
class ExportAudit {

    private final AuditLog auditLog;

    ExportAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void exported(CsvExported export) {
        this.auditLog.record(AuditEvent.DATA_EXPORTED, export.username(), export.detail());
    }

}
