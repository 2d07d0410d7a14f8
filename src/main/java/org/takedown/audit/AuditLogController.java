package org.takedown.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators read the security audit log, newest first. */
@Controller
class AuditLogController {

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("entries", this.auditLog.recent(pageable));
        return "audit/log";
    }

}
