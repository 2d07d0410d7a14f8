package org.takedown.defendants;

import java.time.Instant;

/** A record merged into another one: its id (whose History tab stays readable), name, and when and by whom. */
record MergedRecord(Long id, String fullName, Instant mergedAt, String mergedBy) {
}
