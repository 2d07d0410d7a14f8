package org.takedown.shared;

/**
 * What text the application accepts from a request: the one rule, applied to every text a request carries as it is
 * converted (see {@code shared.web.TextInput}), so that no form field, filter, path variable or parameter reaches SQL
 * with a character PostgreSQL cannot store or that only garbles what is shown.
 * <ul>
 * <li>NUL (U+0000): PostgreSQL's {@code text} cannot hold it ({@code invalid byte sequence for encoding "UTF8": 0x00}).
 * <li>A lone UTF-16 surrogate (U+D800 to U+DFFF without its pair): it has no UTF-8 encoding, so the driver would
 * silently store a {@code ?} in its place.
 * <li>The other control characters of C0 (U+0001 to U+001F), DEL (U+007F) and C1 (U+0080 to U+009F), except tab,
 * line feed and carriage return: storable, but no field of a case tracker means them, a browser cannot type them, and
 * they can rewrite what a terminal, a log or a spreadsheet shows (escape sequences). Tab and line breaks belong to
 * multi-line text such as a case's summary.
 * </ul>
 * Everything else is accepted, Unicode format characters included: right-to-left marks and overrides, zero-width
 * joiners and the like are part of writing names in Arabic or Hebrew and of emoji, and pages escape what they show.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether every character of {@code text} may be stored; {@code null} may. */
    public static boolean isStorable(CharSequence text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** The index of the first character that may not be stored, or -1 when there is none. */
    public static int firstUnstorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c) || isRefusedControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text}, or an {@link UnstorableTextException} when it holds a character that may not be stored. */
    public static String require(String text) {
        if (!isStorable(text)) {
            throw new UnstorableTextException();
        }
        return text;
    }

    /**
     * {@code text} with each character that may not be stored replaced by U+FFFD, for recording what someone typed
     * where refusing it would lose the record (a sign-in attempt under a name no account can have).
     */
    public static String replacingUnstorable(String text) {
        StringBuilder storable = new StringBuilder(text);
        for (int i = firstUnstorable(storable); i >= 0; i = firstUnstorable(storable)) {
            storable.setCharAt(i, '\uFFFD');
        }
        return storable.toString();
    }

    private static boolean isRefusedControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * Text holding a character that may not be stored. Its message never repeats the text: the exception may be
     * logged, and the text is a record's field value.
     */
    public static final class UnstorableTextException extends IllegalArgumentException {

        UnstorableTextException() {
            super("The text holds a character that cannot be stored (NUL, a lone surrogate or a control character)");
        }

    }

}
