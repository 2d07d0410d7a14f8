package org.takedown.shared;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The date range of a list's or the dashboard's filter, bound from {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (both days
 * included, either may be left out). A date that does not parse is a field error bound by Spring, never an error page.
 */
public abstract class DateRangeFilter {

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
        if (DateRange.isInverted(this.from, this.to)) {
            errors.rejectValue("to", DateRange.INVERTED);
        }
        return DateRange.applied(this.from, this.to);
    }

    /** A checked date range; {@code null} means open on that side. */
    public record DateRange(LocalDate from, LocalDate to) {

        public static final DateRange ANY = new DateRange(null, null);

        /** The message code of a range that ends before it starts, reported next to its end. */
        public static final String INVERTED = "filter.toBeforeFrom";

        /** The range from and to the days given, or none when it ends before it starts. */
        public static DateRange applied(LocalDate from, LocalDate to) {
            return isInverted(from, to) ? ANY : new DateRange(from, to);
        }

        public static boolean isInverted(LocalDate from, LocalDate to) {
            return from != null && to != null && from.isAfter(to);
        }

    }

}
