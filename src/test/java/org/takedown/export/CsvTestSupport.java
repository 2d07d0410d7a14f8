package org.takedown.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exports back with a CSV parser, and list pages with jsoup. */
public final class CsvTestSupport {

    private CsvTestSupport() {
    }

    /** The records of a CSV export response after checking its type and the byte order mark; the header first. */
    public static List<CSVRecord> csv(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The values of one column of the data rows (not the header). */
    public static List<String> column(List<CSVRecord> records, int index) {
        return records.stream().skip(1).map((record) -> record.get(index)).toList();
    }

    public static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
