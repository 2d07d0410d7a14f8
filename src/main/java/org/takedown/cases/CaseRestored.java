package org.takedown.cases;

/**
 * A voided case was restored: the modules bring back, in the same transaction, exactly the records they voided with
 * it ({@link CaseVoided}), not those voided on their own before.
 */
public record CaseRestored(Long caseId) {

}
