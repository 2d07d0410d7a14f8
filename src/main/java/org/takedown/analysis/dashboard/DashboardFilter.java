package org.takedown.analysis.dashboard;

import org.takedown.shared.DateRangeFilter;

/**
 * The dashboard's filters as the query string carries them ({@code ?case=TKD-2020-0001&from=2020-01-01&to=...}).
 * {@code case} takes a case reference, as people type it, or a case id, as links carry it. A date that does not parse
 * becomes a field error shown next to its input, never an error page.
 */
public class DashboardFilter extends DateRangeFilter {

    private String caseText;

    /** The {@code case} query parameter ({@code case} is a Java keyword, hence the two names). */
    public String getCase() {
        return this.caseText;
    }

    public void setCase(String caseText) {
        this.caseText = caseText;
    }

}
