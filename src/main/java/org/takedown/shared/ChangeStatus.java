package org.takedown.shared;

import java.time.LocalDate;

/**
 * The command to move a record to another status: the new status, the day it took effect (which may be earlier than
 * the day it is recorded), why, and the version of the record the user saw.
 */
public record ChangeStatus<S extends Enum<S> & WorkflowStatus<S>>(S status, LocalDate effectiveOn, String reason,
        long version) {

}
