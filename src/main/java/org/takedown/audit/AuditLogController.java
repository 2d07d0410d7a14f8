package org.takedown.audit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators read the security audit log, newest first. */
@Controller
class AuditLogController {

    private static final List<CsvColumn<AuditLogRow>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.id", AuditLogRow::id),
            CsvColumn.of("export.column.occurredAt", AuditLogRow::occurredAt),
            CsvColumn.of("export.column.event", AuditLogRow::event),
            CsvColumn.of("export.column.username", AuditLogRow::username),
            CsvColumn.of("export.column.remoteAddress", AuditLogRow::remoteAddress),
            CsvColumn.of("export.column.path", AuditLogRow::path),
            CsvColumn.of("export.column.detail", AuditLogRow::detail));

    private final AuditLog auditLog;

    private final CsvExport csvExport;

    AuditLogController(AuditLog auditLog, CsvExport csvExport) {
        this.auditLog = auditLog;
        this.csvExport = csvExport;
    }

    @GetMapping("/admin/audit")
    String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("entries", this.auditLog.recent(pageable));
        return "audit/log";
    }

    /** The whole audit log as CSV, newest first like the page (which has no filters). */
    @GetMapping("/admin/audit/export.csv")
    void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        this.csvExport.send("audit", CSV_COLUMNS, this.auditLog::export, request, response);
    }

}
