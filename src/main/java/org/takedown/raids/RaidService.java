package org.takedown.raids;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes raids and the servers seized in them. */
@Service
@Transactional(readOnly = true)
public class RaidService {

    private final RaidRepository raids;

    private final SeizedServerRepository servers;

    RaidService(RaidRepository raids, SeizedServerRepository servers) {
        this.raids = raids;
        this.servers = servers;
    }

    public List<RaidCountrySummary> countrySummary(Long caseId) {
        return this.raids.summarizeByCountry(caseId);
    }

    public Page<SeizedServerRow> serversOfCase(Long caseId, Pageable pageable) {
        return this.servers.findRowsByCaseId(caseId, pageable);
    }

    public long serverCount(Long caseId) {
        return this.servers.countByEnforcementCaseId(caseId);
    }

}
