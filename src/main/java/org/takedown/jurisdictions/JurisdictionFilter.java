package org.takedown.jurisdictions;

/**
 * The filters of the jurisdictions overview, bound from the query string. {@code active} defaults to on; an unticked
 * checkbox arrives as the {@code _active} marker alone, which binds it to {@code false}.
 */
class JurisdictionFilter {

    static final int MAX_QUERY_LENGTH = 100;

    private String country;

    private String q;

    private boolean active = true;

    public String getCountry() {
        return this.country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getQ() {
        return this.q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isActive() {
        return this.active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The search text, trimmed and cut to a sane length; {@code null} when blank. */
    String text() {
        if (this.q == null || this.q.isBlank()) {
            return null;
        }
        String text = this.q.strip();
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }

}
