package org.takedown.raids;

import org.takedown.shared.DateRangeFilter;

/** The filters of the seized-server grid, bound from the query string; {@code from} and {@code to} bound the seizure date. */
public class ServerFilter extends DateRangeFilter {

    private String country;

    private Long caseId;

    private ServerStatus status;

    private ServerRole role;

    private String provider;

    /** Keyset paging of the newest-first order: show the servers with a smaller id than this. */
    private Long after;

    public String getCountry() {
        return this.country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Long getCase() {
        return this.caseId;
    }

    public void setCase(Long caseId) {
        this.caseId = caseId;
    }

    public ServerStatus getStatus() {
        return this.status;
    }

    public void setStatus(ServerStatus status) {
        this.status = status;
    }

    public ServerRole getRole() {
        return this.role;
    }

    public void setRole(ServerRole role) {
        this.role = role;
    }

    public String getProvider() {
        return this.provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Long getAfter() {
        return this.after;
    }

    public void setAfter(Long after) {
        this.after = after;
    }

}
