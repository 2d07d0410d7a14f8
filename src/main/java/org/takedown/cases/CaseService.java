package org.takedown.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes enforcement cases. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseRepository cases;

    CaseService(CaseRepository cases) {
        this.cases = cases;
    }

    public Page<CaseSummary> list(Pageable pageable) {
        return this.cases.findSummaries(pageable);
    }

    /** The case with its agencies and status history loaded, for its page. */
    public EnforcementCase get(Long id) {
        return this.cases.findWithAgenciesById(id).orElseThrow(() -> new CaseNotFoundException(id));
    }

}
