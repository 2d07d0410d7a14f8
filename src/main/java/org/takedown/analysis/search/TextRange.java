package org.takedown.analysis.search;

/**
 * The texts that start with a prefix, as a range a byte-ordered index reads in order: from the prefix itself up to,
 * not including, {@code end}, the prefix with its last character moved on by one.
 *
 * @param start the prefix
 * @param end the first text after every text that starts with the prefix
 */
record TextRange(String start, String end) {

    static TextRange startingWith(String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("an empty prefix starts every text");
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (last == Character.MAX_VALUE) {
            throw new IllegalArgumentException("no character follows U+FFFF");
        }
        return new TextRange(prefix, prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
    }

}
