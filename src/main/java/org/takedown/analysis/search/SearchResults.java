package org.takedown.analysis.search;

import java.time.LocalDate;

/**
 * Everything the search page shows for one query, grouped by kind of record.
 */
public record SearchResults(String query, SearchHits<CaseHit> cases, SearchHits<DefendantHit> defendants,
        SearchHits<ServerHit> servers, SearchHits<RaidHit> raids, String providerFilter, String countryFilter) {

    public boolean isEmpty() {
        return this.cases.isEmpty() && this.defendants.isEmpty() && this.servers.isEmpty() && this.raids.isEmpty();
    }

    public record CaseHit(long id, String reference, String title, String status) {
    }

    /** A defendant; {@code alias} is the alias that matched when the name itself matched less well. */
    public record DefendantHit(long id, String fullName, String legalStatus, String nationalityCode, String alias) {
    }

    public record ServerHit(long id, String hostname, String addresses, String provider, String countryCode,
            String caseReference) {
    }

    public record RaidHit(long id, LocalDate raidDate, String jurisdictionCode, String jurisdictionName, String countryCode,
            String status, String caseReference) {
    }

}
