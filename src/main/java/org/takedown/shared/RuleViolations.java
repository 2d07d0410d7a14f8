package org.takedown.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

/**
 * The one way a service or an aggregate says no: the rules a command breaks, each with the form field it concerns,
 * a message key and the key's arguments. Bean Validation on the form checks the shape of the input (required, length,
 * format); everything that needs the record, other records or today is a rule, checked by the aggregate or its
 * service before anything is written and thrown as this exception, so that the transaction rolls back. The controller
 * renders it with {@link #rejectIn(Errors)}: each violation next to its field, as a field error of the form.
 * <p>
 * Rules are gathered with a {@link Collector}, so that the user sees every broken rule at once, not one per attempt.
 */
public final class RuleViolations extends RuntimeException {

    private final List<Violation> violations;

    private RuleViolations(List<Violation> violations) {
        // the message names fields and keys only: arguments can quote what the user typed
        super("Broken rules: " + violations.stream()
            .map((violation) -> violation.field() + "=" + violation.code())
            .collect(Collectors.joining(", ")), null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** One broken rule, thrown at once. */
    public static RuleViolations of(String field, String code, Object... arguments) {
        return new RuleViolations(List.of(Violation.of(field, code, arguments)));
    }

    /** One broken rule of the whole form rather than of one of its fields. */
    public static RuleViolations ofForm(String code, Object... arguments) {
        return new RuleViolations(List.of(Violation.of(null, code, arguments)));
    }

    /** An empty collector, for a command that may break several rules. */
    public static Collector collect() {
        return new Collector(new ArrayList<>(), "");
    }

    public List<Violation> violations() {
        return this.violations;
    }

    /** Shows each violation next to its field of the form; one without a field concerns the form as a whole. */
    public void rejectIn(Errors errors) {
        for (Violation violation : this.violations) {
            Object[] arguments = violation.arguments().toArray();
            if (violation.field() == null) {
                errors.reject(violation.code(), arguments, null);
            }
            else {
                errors.rejectValue(violation.field(), violation.code(), arguments, null);
            }
        }
    }

    /**
     * A rule a command breaks: the form field it concerns ({@code servers[2].hostname}; {@code null} for the form as a
     * whole), the message key, and the arguments the message shows.
     */
    public record Violation(String field, String code, List<Object> arguments) {

        static Violation of(String field, String code, Object... arguments) {
            return new Violation(field, code, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
        }

    }

    /**
     * Gathers the rules a command breaks, from the service (the rules that need the database) and from the aggregate
     * (the rules on its own fields), and throws them together before anything is written.
     */
    public static final class Collector {

        private final List<Violation> violations;

        private final String prefix;

        private Collector(List<Violation> violations, String prefix) {
            this.violations = violations;
            this.prefix = prefix;
        }

        /** Records that {@code field} breaks the rule {@code code}. */
        public Collector reject(String field, String code, Object... arguments) {
            this.violations.add(Violation.of(this.prefix + field, code, arguments));
            return this;
        }

        /** Records a broken rule of the whole form rather than of one field. */
        public Collector rejectForm(String code, Object... arguments) {
            this.violations.add(Violation.of(null, code, arguments));
            return this;
        }

        /**
         * The same collector for a part of the command whose fields sit under {@code path}: {@code nested("servers[2]")}
         * records a rule of {@code hostname} as one of {@code servers[2].hostname}.
         */
        public Collector nested(String path) {
            return new Collector(this.violations, this.prefix + path + ".");
        }

        /** Whether a rule of {@code field} is broken already, so that a rule depending on it is not checked too. */
        public boolean hasViolation(String field) {
            String path = this.prefix + field;
            return this.violations.stream().anyMatch((violation) -> path.equals(violation.field()));
        }

        public boolean isEmpty() {
            return this.violations.isEmpty();
        }

        /** Throws every rule broken so far; does nothing when none is. */
        public void throwIfAny() {
            if (!this.violations.isEmpty()) {
                throw new RuleViolations(this.violations);
            }
        }

    }

}
