package org.takedown.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takedown.shared.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a list as a CSV download, row by row straight to the response, so that a million rows cost no more memory
 * than ten: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 with a byte order mark so that Excel reads the
 * accents, a header row of translated column names, ISO 8601 dates, enums as their codes, text neutralised against
 * formula injection ({@link CsvCells}). Each export ends with a {@link CsvExported} event, which the audit log records:
 * who, which list, which filter, how many rows.
 * <p>
 * The rows come from a callback that the feature runs inside its own read-only transaction with a database cursor.
 * Once the first bytes are sent the status can no longer change: an error in the middle is logged (its type only,
 * never the data) and rethrown, so the server closes the connection and the client sees a failed, truncated download
 * instead of a file that looks complete.
 */
@Component
public class CsvExport {

    /** The response is flushed every so many rows, so the download progresses and the buffer stays small. */
    static final int FLUSH_EVERY = 2_000;

    private static final Logger log = LoggerFactory.getLogger(CsvExport.class);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final MessageSource messages;

    private final ApplicationEventPublisher events;

    private final CurrentUser currentUser;

    private final Clock clock;

    CsvExport(MessageSource messages, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends the rows that {@code rows} feeds to its consumer as {@code takedown-<list>-<date>.csv}.
     * @param list the list's name in the file name and the audit log ({@code servers})
     * @param columns the columns, in order
     * @param rows runs the export query and passes every row to the consumer, in the list's order
     */
    public <T> void send(String list, List<CsvColumn<T>> columns, Consumer<Consumer<T>> rows,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("takedown-" + list + "-" + LocalDate.now(this.clock) + ".csv")
            .build()
            .toString());
        Locale locale = LocaleContextHolder.getLocale();
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                16 * 1024);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        long[] written = { 0 };
        try {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(columns.stream().map((column) -> this.messages.getMessage(column.headerKey(), null,
                    column.headerKey(), locale)));
            String[] cells = new String[columns.size()];
            rows.accept((row) -> {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = CsvCells.cell(columns.get(i).value().apply(row));
                }
                try {
                    printer.printRecord((Object[]) cells);
                    if (++written[0] % FLUSH_EVERY == 0) {
                        printer.flush();
                    }
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            printer.flush();
        }
        catch (IOException | RuntimeException ex) {
            // the type only: a message could quote the data being exported
            log.warn("CSV export of {} stopped after {} rows: {}", list, written[0], ex.getClass().getName());
            audit(list, request, written[0], false);
            throw ex;
        }
        audit(list, request, written[0], true);
    }

    private void audit(String list, HttpServletRequest request, long rows, boolean complete) {
        this.events.publishEvent(
                new CsvExported(list, this.currentUser.name(), request.getQueryString(), rows, complete));
    }

}
