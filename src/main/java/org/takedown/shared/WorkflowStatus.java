package org.takedown.shared;

import java.util.Set;

/**
 * A status that follows a workflow: each status enum says which statuses may follow each of its constants, so that a
 * record's workflow is written down in one place, its enum, and its aggregate refuses every other move.
 *
 * @param <S> the status enum itself
 */
public interface WorkflowStatus<S extends Enum<S> & WorkflowStatus<S>> {

    /** The statuses this one may move to; empty when it is final. */
    Set<S> next();

    default boolean canMoveTo(S target) {
        return next().contains(target);
    }

    /** The message key of this status's label, e.g. {@code raid.status.COMPLETED}. */
    String labelKey();

}
