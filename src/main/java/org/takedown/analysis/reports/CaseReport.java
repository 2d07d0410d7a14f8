package org.takedown.analysis.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the case report prints, read in a fixed number of statements. The server table is capped: {@code servers}
 * holds at most the report's limit, {@code serverCount} how many the case has.
 */
public record CaseReport(Header header, List<DefendantEntry> defendants, List<ExtraditionEntry> extraditions,
        List<CountryEntry> raidCountries, List<ServerEntry> servers, long serverCount) {

    long serversNotListed() {
        return this.serverCount - this.servers.size();
    }

    /** Shown to Thymeleaf as a property. */
    public long getServersNotListed() {
        return serversNotListed();
    }

    public record Header(long id, String reference, String title, String status, String summary, String modusOperandi,
            String leadAgency, String prosecutingOffice, LocalDate openedOn, LocalDate closedOn) {
    }

    public record DefendantEntry(long id, String fullName, String aliases, String nationality, String legalStatus,
            String custody, List<ChargeEntry> charges) {
    }

    public record ChargeEntry(long defendantId, String statute, String description, int counts, LocalDate filedOn,
            String disposition) {
    }

    public record ExtraditionEntry(String defendant, String requesting, String requested, String legalBasis, String status,
            LocalDate requestedOn, LocalDate hearingOn, LocalDate decidedOn, LocalDate surrenderedOn) {
    }

    public record CountryEntry(String countryCode, String countryName, long raids, long servers) {
    }

    public record ServerEntry(String hostname, String ipAddresses, String country, String role, String status,
            LocalDate seizedOn, String evidenceReference, String diskImageSha256) {
    }

}
