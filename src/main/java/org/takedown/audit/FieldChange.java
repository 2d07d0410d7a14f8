package org.takedown.audit;

/**
 * One field of a record changed in a revision: the field's name (translated by {@code history.field.<kind>.<field>}
 * or {@code history.field.<field>}) and its values before and after, {@code null} when empty.
 */
record FieldChange(String field, HistoryValue from, HistoryValue to) {
}
