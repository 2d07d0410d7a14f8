package org.takedown.shared;

import java.util.Locale;

/**
 * Patterns for SQL {@code LIKE} and {@code ILIKE} that match the user's text literally: {@code %}, {@code _} and the
 * escape character lose their meaning. The escape character is the backslash, PostgreSQL's default, which the queries
 * still name ({@code ilike :text escape '\'}) so that the SQL says what it relies on.
 */
public final class Like {

    private Like() {
    }

    /** Matches values that contain the text anywhere. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches values that start with the text, in lower case for {@code lower(column) like ...}. */
    public static String startsWithLowerCase(String text) {
        return escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
