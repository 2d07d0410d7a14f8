package org.takedown.cases;

/**
 * The filters of the case list, bound from the query string ({@code ?status=CLOSED&country=LV&q=sparks}). A value that
 * does not convert (an unknown status) stays {@code null}, so a hand-edited URL shows the unfiltered list, not an error.
 */
public class CaseFilter {

    static final int MAX_TEXT_LENGTH = 200;

    private CaseStatus status;

    private String country;

    private String q;

    public CaseStatus getStatus() {
        return this.status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    /** ISO 3166-1 alpha-2 code of a country with a raid or a seized server of the case, or {@code null}. */
    public String getCountry() {
        return this.country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** Text that the reference, title or summary contains, ignoring case, or {@code null}. */
    public String getQ() {
        return this.q;
    }

    public void setQ(String q) {
        if (q == null || q.isBlank()) {
            this.q = null;
            return;
        }
        String stripped = q.strip();
        this.q = stripped.length() > MAX_TEXT_LENGTH ? stripped.substring(0, MAX_TEXT_LENGTH) : stripped;
    }

}
