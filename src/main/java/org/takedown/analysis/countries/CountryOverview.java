package org.takedown.analysis.countries;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded in one jurisdiction, as its page shows it: each section holds its first rows (newest first) and
 * the total, exact or capped. Sections that do not apply to a sub-national jurisdiction (servers and nationals, which are per
 * country) are empty for it.
 */
record CountryOverview(Jurisdiction jurisdiction, List<SubJurisdiction> subJurisdictions, Section<AgencyRow> agencies,
        Section<RaidRow> raids, Section<ServerRow> servers, Section<DefendantRow> inCustody,
        Section<DefendantRow> nationals, Section<CaseRow> cases) {

    /** Whether a section shows a capped total, which the page explains. */
    public boolean isCapped() {
        return this.raids.capped() || this.servers.capped() || this.inCustody.capped() || this.nationals.capped()
                || this.cases.capped() || this.agencies.capped();
    }

    /**
     * The jurisdiction the page is about: a country, or a jurisdiction inside one with its parent.
     * @param kind {@code COUNTRY}, {@code SUBDIVISION} or {@code FEDERAL_DISTRICT}
     * @param countryCode the country it lies in; its own code for a country
     * @param parent the jurisdiction it lies directly in (without a parent of its own), {@code null} for a country
     */
    record Jurisdiction(String code, String name, String kind, String countryCode, Jurisdiction parent) {

        public boolean isCountry() {
            return "COUNTRY".equals(this.kind);
        }

    }

    /**
     * The first rows of a section and how many there are in all; when {@code capped}, {@code total} is only a lower
     * bound: counting every row of a large section would cost more than the page.
     */
    record Section<T>(List<T> rows, long total, boolean capped) {

        Section(List<T> rows, long total) {
            this(rows, total, false);
        }

        static <T> Section<T> empty() {
            return new Section<>(List.of(), 0);
        }

        public boolean isEmpty() {
            return this.total == 0;
        }

        /** Whether there are more rows than shown. */
        public boolean isPartial() {
            return this.capped || this.total > this.rows.size();
        }

        /** The total as the page shows it: {@code 100+} when capped. */
        public String getShownTotal() {
            return this.capped ? this.total + "+" : Long.toString(this.total);
        }

    }

    /** A jurisdiction inside the country; {@code depth} 1 for a state, 2 for a district inside a state. */
    record SubJurisdiction(String code, String name, String kind, String parentCode, int depth, long raids,
            long inCustody) {
    }

    record AgencyRow(Long id, String name, String acronym, String kind, String jurisdictionCode,
            String jurisdictionName) {
    }

    record RaidRow(Long id, LocalDate raidDate, String status, String jurisdictionCode, String jurisdictionName,
            Long caseId, String caseReference, String leadAgency, long servers) {
    }

    record ServerRow(Long id, String hostname, String role, String status, LocalDate seizedOn, String hostingProvider,
            Long caseId, String caseReference) {
    }

    record DefendantRow(Long id, String fullName, String legalStatus, String nationalityCode, String nationalityName,
            String custodyCode, String custodyName, LocalDate arrestedOn) {
    }

    record CaseRow(Long id, String reference, String title, String status, LocalDate openedOn, String leadAgency) {
    }

}
