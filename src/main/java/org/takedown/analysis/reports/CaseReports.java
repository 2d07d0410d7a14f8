package org.takedown.analysis.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.takedown.cases.CaseNotFoundException;
import org.takedown.shared.CurrentUser;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The case report a prosecutor can hand over: the case, its defendants with their charges, extradition requests,
 * raids per country and (at most {@link #SERVER_LIMIT} of) its seized servers, rendered from the Thymeleaf template
 * {@code reports/case} and turned into a PDF by openhtmltopdf with an embedded DejaVu Sans (so that any name prints).
 */
@Component
class CaseReports {

    /**
     * A case may have a million servers; the report lists the first ones by hostname and says how many it left out.
     * openhtmltopdf lays out roughly 1–2 ms a table row on two cores (more when the machine is busy): 1,000 rows are
     * about 40 pages and a few seconds, 5,000 rows were 300 pages and up to a minute. The server list has the rest.
     */
    static final int SERVER_LIMIT = 1_000;

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);

    private final CaseReportQueries queries;

    private final ITemplateEngine templates;

    private final CurrentUser currentUser;

    private final Clock clock;

    CaseReports(CaseReportQueries queries, ITemplateEngine templates, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The report of the case as a PDF; an unknown case is a {@link CaseNotFoundException}. */
    Pdf caseReport(long caseId, Locale locale) {
        CaseReport report = this.queries.find(caseId, SERVER_LIMIT).orElseThrow(() -> new CaseNotFoundException(caseId));
        String xhtml = this.templates.process("reports/case", new Context(locale,
                Map.of("report", report, "generatedAt", GENERATED_AT.format(this.clock.instant()), "generatedBy",
                        this.currentUser.name(), "serverLimit", SERVER_LIMIT)));
        return new Pdf(report.header().reference() + "-report.pdf", render(xhtml));
    }

    private static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> CaseReports.class.getResourceAsStream("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> CaseReports.class.getResourceAsStream("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
                    FontStyle.NORMAL, true);
            // the template links nothing; refuse any URI so that no text in a record can make the renderer fetch
            builder.useUriResolver((base, uri) -> null);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    record Pdf(String filename, byte[] content) {
    }

}
