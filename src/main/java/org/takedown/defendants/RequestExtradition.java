package org.takedown.defendants;

import java.time.LocalDate;

/**
 * Records that a jurisdiction asked another to surrender a defendant, by their codes, in one of the defendant's cases
 * or in none ({@code caseId} null).
 */
public record RequestExtradition(Long caseId, String requestingJurisdiction, String requestedJurisdiction,
        String legalBasis, LocalDate requestedOn) {

}
