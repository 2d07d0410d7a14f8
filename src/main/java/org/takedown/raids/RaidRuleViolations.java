package org.takedown.raids;

import org.takedown.shared.StatusRefusal;

import org.springframework.validation.Errors;

/**
 * A rule a raid or server change breaks that only the aggregate can check (a status move its workflow does not allow,
 * a day out of order). Thrown before anything changes, so the transaction writes nothing; the controller shows it
 * next to its field.
 */
class RaidRuleViolations extends RuntimeException {

    private final StatusRefusal refusal;

    RaidRuleViolations(StatusRefusal refusal) {
        super("Refused: " + refusal.code(), null, false, false);
        this.refusal = refusal;
    }

    void rejectIn(Errors errors) {
        errors.rejectValue(this.refusal.field(), this.refusal.code(), this.refusal.arguments(), null);
    }

}
