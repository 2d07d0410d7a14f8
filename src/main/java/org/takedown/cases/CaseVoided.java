package org.takedown.cases;

import java.time.Instant;

/**
 * A case was voided: the modules that hold records of it (raids, servers, defendant links, charges, extradition
 * requests) void theirs with it, in the same transaction, marked as voided with the case (see {@link CaseRestored}).
 */
public record CaseVoided(Long caseId, String reason, String voidedBy, Instant voidedAt) {

}
