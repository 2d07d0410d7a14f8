package org.takedown.dashboard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dashboard's filters as the query string carries them ({@code ?case=TKD-2020-0001&from=2020-01-01&to=...}).
 * {@code case} takes a case reference, as people type it, or a case id, as links carry it. A date that does not parse
 * becomes a field error shown next to its input, never an error page.
 */
public class DashboardFilter {

    private String caseText;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** The {@code case} query parameter ({@code case} is a Java keyword, hence the two names). */
    public String getCase() {
        return this.caseText;
    }

    public void setCase(String caseText) {
        this.caseText = caseText;
    }

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

}
