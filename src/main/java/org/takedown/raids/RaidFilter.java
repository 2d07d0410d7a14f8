package org.takedown.raids;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the raid list, bound from the query string ({@code ?country=LV&case=1&from=2020-01-01&to=...&status=}).
 * A value that does not parse becomes a field error shown next to its filter, never an error page.
 */
public class RaidFilter {

    private String country;

    private Long caseId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private RaidStatus status;

    public String getCountry() {
        return this.country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** The {@code case} query parameter ({@code case} is a Java keyword, hence the two names). */
    public Long getCase() {
        return this.caseId;
    }

    public void setCase(Long caseId) {
        this.caseId = caseId;
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

    public RaidStatus getStatus() {
        return this.status;
    }

    public void setStatus(RaidStatus status) {
        this.status = status;
    }

}
