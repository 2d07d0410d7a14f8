package org.takedown.shared;

/**
 * Why a status change is refused: the field of the status form it concerns, the message key and its arguments.
 * Each module throws it as its own rule violation, so that the form shows it next to the field.
 */
public record StatusRefusal(String field, String code, Object... arguments) {

    /** The refusal as the one rule violation the status form shows next to its field. */
    public RuleViolations violations() {
        return RuleViolations.of(this.field, this.code, this.arguments);
    }

}
