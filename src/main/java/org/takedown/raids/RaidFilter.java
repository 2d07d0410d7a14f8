package org.takedown.raids;

import org.takedown.shared.DateRangeFilter;

/**
 * The filters of the raid list, bound from the query string ({@code ?country=LV&case=1&from=2020-01-01&to=...&status=}).
 * A value that does not parse becomes a field error shown next to its filter, never an error page.
 */
public class RaidFilter extends DateRangeFilter {

    private String country;

    private Long caseId;

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

    public RaidStatus getStatus() {
        return this.status;
    }

    public void setStatus(RaidStatus status) {
        this.status = status;
    }

}
