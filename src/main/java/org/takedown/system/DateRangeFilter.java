package org.takedown.system;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The date range of a list's or the dashboard's filter, bound from {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (both days
 * included, either may be left out). A date that does not parse is a field error bound by Spring, never an error page.
 */
public abstract class DateRangeFilter {

    private static final int EARLIEST_YEAR = 1;

    private static final int LATEST_YEAR = 9999;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public LocalDate getFrom() {
        return this.from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return this.to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /**
     * The range as it is applied: one that ends before it starts is reported next to {@code to} and ignored, while
     * the form keeps showing what was typed so that it can be corrected.
     */
    public DateRange dateRange(Errors errors) {
        boolean storable = true;
        if (this.from != null && !storable(this.from)) {
            errors.rejectValue("from", "filter.dateOutOfRange");
            storable = false;
        }
        if (this.to != null && !storable(this.to)) {
            errors.rejectValue("to", "filter.dateOutOfRange");
            storable = false;
        }
        if (!storable) {
            return DateRange.ANY;
        }
        if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
            errors.rejectValue("to", "filter.toBeforeFrom");
            return DateRange.ANY;
        }
        return new DateRange(this.from, this.to);
    }

    /** Whether PostgreSQL can compare with it: ISO dates parse years up to ±999,999,999, its dates do not. */
    private static boolean storable(LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }

    /** A checked date range; {@code null} means open on that side. */
    public record DateRange(LocalDate from, LocalDate to) {

        public static final DateRange ANY = new DateRange(null, null);

    }

}
