package org.takedown.shared;

/**
 * One option of a picker that loads its options on demand ({@code select[data-picker-source]} in
 * {@code takedown.js}): the select's value, its text and, for a flag, the country it belongs to.
 *
 * @param value the option's value, as the select submits it
 * @param text what the option reads
 * @param country ISO alpha-2 code of the option's country, or {@code null}
 */
public record PickerOption(String value, String text, String country) {

    /** The most options one answer holds: enough to choose from, small enough to send at every keystroke. */
    public static final int LIMIT = 20;

    /** The longest text a picker searches for; longer text is cut (no option is that long). */
    public static final int MAX_QUERY = 100;

    /** The typed text as a query: trimmed and cut to {@link #MAX_QUERY}; empty when nothing was typed. */
    public static String query(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

}
