package org.takedown.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
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

    /**
     * The keys of every row a list shows for {@code path}, page after page through its "next" links: the last path
     * segment of the link in each row's first cell (an id, or a jurisdiction's code).
     */
    public static List<String> listKeys(MockMvcTester mvc, String path, String table) {
        List<String> keys = new ArrayList<>();
        String next = path;
        int pages = 0;
        while (next != null && pages++ < 100) {
            Document page = html(mvc.get().uri(next).exchange());
            for (String href : page.select(table + " tbody tr td:first-child a").eachAttr("href")) {
                keys.add(href.substring(href.lastIndexOf('/') + 1));
            }
            // the shared pagination marks its link rel=next; the jurisdiction overview's is the last of its pager
            next = page.select("a[rel=next][href], ul.pagination li:last-child a.page-link[href]").attr("href");
            next = next.isEmpty() ? null : next;
        }
        return keys;
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
