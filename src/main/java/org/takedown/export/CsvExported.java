package org.takedown.export;

/**
 * Published once a CSV export has ended, complete or not, so that the audit log can record the bulk read without the
 * export depending on it.
 *
 * @param list the list exported ({@code servers})
 * @param username who exported it
 * @param filter the request's query string: the filter and sort exported
 * @param rows how many data rows were written
 * @param complete {@code false} when the export stopped early (an error, or the client went away)
 */
public record CsvExported(String list, String username, String filter, long rows, boolean complete) {

    /** The audit log's detail: {@code list=servers rows=2 filter=country=LV}. */
    public String detail() {
        return "list=" + this.list + " rows=" + this.rows + (this.complete ? "" : " incomplete") + " filter="
                + (this.filter != null ? this.filter : "");
    }

}
