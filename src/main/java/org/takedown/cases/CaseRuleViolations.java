package org.takedown.cases;

import java.util.ArrayList;
import java.util.List;

import org.takedown.shared.StatusRefusal;

import org.springframework.validation.Errors;

/**
 * Business rules a submitted case or status form breaks (a duplicate reference, an unknown agency, dates out of
 * order, a move the workflow does not allow). Thrown by
 * the service before anything is written, so its transaction rolls back; the controller shows each next to its field.
 */
class CaseRuleViolations extends RuntimeException {

    private final List<Violation> violations;

    private CaseRuleViolations(List<Violation> violations) {
        super("The case form breaks " + violations.size() + " rule(s)", null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** A refused status change: the one violation of the status form. */
    static CaseRuleViolations of(StatusRefusal refusal) {
        return new CaseRuleViolations(List.of(new Violation(refusal.field(), refusal.code(), refusal.arguments())));
    }

    void rejectIn(Errors errors) {
        this.violations.forEach((v) -> errors.rejectValue(v.field(), v.code(), v.arguments(), null));
    }

    List<Violation> violations() {
        return this.violations;
    }

    record Violation(String field, String code, Object[] arguments) {
    }

    /** Collects violations and throws them together, so the user sees every problem at once. */
    static final class Collector {

        private final List<Violation> violations = new ArrayList<>();

        void reject(String field, String code, Object... arguments) {
            this.violations.add(new Violation(field, code, arguments));
        }

        void throwIfAny() {
            if (!this.violations.isEmpty()) {
                throw new CaseRuleViolations(this.violations);
            }
        }

    }

}
