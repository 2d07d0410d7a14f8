package org.takedown.defendants;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes defendants, their aliases, charges and extradition requests. */
@Service
@Transactional(readOnly = true)
public class DefendantService {

    private final DefendantRepository defendants;

    DefendantService(DefendantRepository defendants) {
        this.defendants = defendants;
    }

    /** The defendants of a case with their nationality, custody and aliases, ready for display. */
    public List<Defendant> forCase(Long caseId) {
        List<Defendant> found = this.defendants.findByCaseId(caseId);
        // one batched query for all aliases instead of one per defendant
        found.forEach((defendant) -> defendant.getAliases().size());
        return found;
    }

}
