package org.takedown.defendants;

import java.time.LocalDate;

/** Places a defendant in a case (by its id), in a role, since a day. */
public record LinkToCase(Long caseId, CaseRole role, LocalDate since) {

}
