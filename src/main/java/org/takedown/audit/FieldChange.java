package org.takedown.audit;

/** One field of a record changed in a revision; the values are shown as text, {@code null} when empty. */
public record FieldChange(String field, String from, String to) {
}
