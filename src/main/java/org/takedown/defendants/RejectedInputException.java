package org.takedown.defendants;

import java.util.ArrayList;
import java.util.List;

import org.takedown.shared.StatusRefusal;

import org.springframework.validation.BindingResult;

/**
 * Input that passed Bean Validation but breaks a rule only the service can check (a jurisdiction that does not exist,
 * a date before the case was opened). Thrown before anything changes, so the transaction writes nothing; the
 * controller turns it into field errors next to the fields.
 */
class RejectedInputException extends RuntimeException {

    private final List<Rejection> rejections;

    RejectedInputException(List<Rejection> rejections) {
        super("Rejected fields: " + rejections);
        this.rejections = List.copyOf(rejections);
    }

    /** A refused status change: the one rejection of the status form. */
    static RejectedInputException of(StatusRefusal refusal) {
        return new RejectedInputException(List.of(new Rejection(refusal.field(), refusal.code(), refusal.arguments())));
    }

    void addTo(BindingResult result) {
        this.rejections.forEach((rejection) -> result.rejectValue(rejection.field(), rejection.code(),
                rejection.arguments(), null));
    }

    record Rejection(String field, String code, Object... arguments) {
    }

    /** Collects rejections and throws them together, so the form shows every problem at once. */
    static final class Collector {

        private final List<Rejection> rejections = new ArrayList<>();

        Collector reject(String field, String code) {
            this.rejections.add(new Rejection(field, code));
            return this;
        }

        void throwIfAny() {
            if (!this.rejections.isEmpty()) {
                throw new RejectedInputException(this.rejections);
            }
        }

    }

}
