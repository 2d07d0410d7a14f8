package org.takedown.analysis.reports;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CaseReportController {

    private final CaseReports reports;

    CaseReportController(CaseReports reports) {
        this.reports = reports;
    }

    @GetMapping("/cases/{id}/report.pdf")
    ResponseEntity<byte[]> caseReport(@PathVariable Long id, Locale locale) {
        CaseReports.Pdf pdf = this.reports.caseReport(id, locale);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(pdf.filename()).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(pdf.content());
    }

}
