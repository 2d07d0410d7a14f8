package org.takedown.analysis.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The case report PDF: downloaded, parsed back to text, bounded in size and in statements. */
@IntegrationTest
@Transactional
class CaseReportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void analystDownloadsTheSparksGroupReportWithDefendantsExtraditionRaidsAndServers() throws IOException {
        long id = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();

        MvcTestResult result = this.mvc.get()
            .uri("/cases/" + id + "/report.pdf")
            .with(user("analyst").roles("ANALYST"))
            .exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"TKD-2020-0001-report.pdf\"");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        Path file = Path.of("target/reports/TKD-2020-0001-report.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("TKD-2020-0001", "Sparks Group", "Prosecution",
                    "Homeland Security Investigations", "Modus operandi");
            // the three defendants with their legal status and charge
            assertThat(text).contains("George Bridi", "Jonathan Correa", "Umar Ahmad", "Extradition requested",
                    "Arrested", "At large", "Raid", "Artist", "Conspiracy to commit copyright infringement");
            // Bridi's extradition request from the United States to Cyprus
            assertThat(text).containsPattern(
                    "George Bridi United States( of America)? Cyprus Extradition treaty between the United States");
            assertThat(text).contains("Raids per country (16 countries)", "Latvia (LV)", "Seized servers (60)");
            assertThat(text).contains("-lv-01.sparks.example", "-cz-01.sparks.example", "192.0.2.10", "SG-LV-001");
            // header and footer on every page: classification, who generated it, page numbers
            assertThat(text).contains("Law enforcement sensitive", "by analyst", "UTC",
                    "Page 1 of " + document.getNumberOfPages());
            assertThat(text).doesNotContain("more servers not listed");
            String lastPage = pageText(document, document.getNumberOfPages());
            assertThat(lastPage).contains("Law enforcement sensitive", "by analyst",
                    "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
        }
    }

    @Test
    void casePageOffersTheDownloadToAnAnalyst() {
        long id = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        MvcTestResult result = this.mvc.get().uri("/cases/" + id).with(user("analyst").roles("ANALYST")).exchange();
        Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        assertThat(page.select("#download-report").attr("href")).isEqualTo("/cases/" + id + "/report.pdf");
        assertThat(page.select("#download-report").text()).isEqualTo("Download case report (PDF)");
        assertThat(page.select("#edit-case")).isEmpty();
    }

    @Test
    void unknownCaseIsTheUsual404Page() {
        MvcTestResult result = this.mvc.get().uri("/cases/987654321/report.pdf").exchange();
        assertThat(result).hasStatus(404);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .contains("There is no case with the id 987654321");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        MvcTestResult result = this.mvc.get().uri("/cases/1/report.pdf").with(anonymous()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void reportCostsTheSameStatementsForFiveAndFiveHundredServers() throws IOException {
        long small = caseWith(5);
        long large = caseWith(500);

        this.counter.reset();
        MvcTestResult smallResult = this.mvc.get().uri("/cases/" + small + "/report.pdf").exchange();
        int forFive = this.counter.count();
        this.counter.reset();
        MvcTestResult largeResult = this.mvc.get().uri("/cases/" + large + "/report.pdf").exchange();
        int forFiveHundred = this.counter.count();

        assertThat(smallResult).hasStatusOk();
        assertThat(largeResult).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(largeResult.getResponse().getContentAsByteArray())) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("Seized servers (500)", "srv500-", "Defendant 5", "Alias of 5",
                    "Treaty (test)");
        }
        assertThat(forFiveHundred).isEqualTo(forFive).isLessThanOrEqualTo(7);
    }

    @Test
    void serverTableStopsAtTheLimitAndSaysHowManyItLeftOut() throws IOException {
        long id = caseWith(CaseReports.SERVER_LIMIT + 3);

        MvcTestResult result = this.mvc.get().uri("/cases/" + id + "/report.pdf").exchange();

        assertThat(result).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("Seized servers (1,003)", "3 more servers not listed",
                    "lists the first 1,000 by hostname");
            assertThat(text.split("\\.test\\.example", -1)).hasSize(CaseReports.SERVER_LIMIT + 1);
        }
    }

    /** A case with a defendant per five servers (at most five), each charged, one extradition, one raid in LV. */
    private long caseWith(int servers) {
        String tag = Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
        long agency = this.jdbc.sql("select id from agency where acronym = 'HSI'").query(Long.class).single();
        long caseId = this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (:reference, :title, 'INVESTIGATION', 'Summary', :agency, date '2020-01-01')
                returning id
                """)
            .param("reference", "TKD-1899-" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
            .param("title", "Report " + tag)
            .param("agency", agency)
            .query(Long.class)
            .single();
        this.jdbc.sql("""
                with d as (
                    insert into defendant (full_name, nationality_code, legal_status)
                    select 'Defendant ' || g, 'LV', 'WANTED' from generate_series(1, 5) g
                    returning id, full_name),
                cd as (insert into case_defendant (case_id, defendant_id, role, since)
                      select :caseId, id, 'DEFENDANT', date '2020-09-01' from d),
                c as (insert into charge (defendant_id, case_id, statute, description, counts, disposition)
                      select id, :caseId, 'Statute', 'Charge of ' || full_name, 1, 'PENDING' from d),
                e as (insert into extradition_request (defendant_id, case_id, requesting_jurisdiction_code,
                          requested_jurisdiction_code, legal_basis, status, requested_on)
                      select id, :caseId, 'US', 'LV', 'Treaty (test)', 'REQUESTED', date '2020-02-01' from d)
                insert into defendant_alias (defendant_id, alias, source, confidence)
                select id, 'Alias of ' || substr(full_name, 11), 'test', 'LOW' from d
                """).param("caseId", caseId).update();
        long raid = this.jdbc.sql("""
                insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                values (:caseId, 'LV', 'COMPLETED', date '2020-05-01', 'UTC', 'MLAT') returning id
                """).param("caseId", caseId).query(Long.class).single();
        this.jdbc.sql("""
                insert into seized_server (case_id, raid_id, country_code, hostname, ip_addresses, role, status,
                                           seized_on, evidence_reference, disk_image_sha256)
                select :caseId, :raid, 'LV', 'srv' || g || '-' || :tag || '.test.example',
                       array['192.0.2.1'::inet, '2001:db8::1'::inet], 'STORAGE', 'IMAGED', date '2020-05-01',
                       'EV-' || g, encode(sha256(g::text::bytea), 'hex')
                from generate_series(1, :count) g
                """)
            .param("caseId", caseId)
            .param("raid", raid)
            .param("tag", tag)
            .param("count", servers)
            .update();
        return caseId;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalized(stripper.getText(document));
    }

    /** PDF text with each run of white space (line breaks between cells included) made one space. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

}
