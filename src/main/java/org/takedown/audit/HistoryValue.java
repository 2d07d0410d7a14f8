package org.takedown.audit;

/**
 * One value on the History tab as a person reads it: either a translated label ({@code messageKey}, an enum value
 * such as {@code server.status.IMAGED}) or text (a name, a formatted date), optionally linked to the page of the
 * record it names. Never HTML: the template writes it with {@code th:text}.
 */
record HistoryValue(String text, String messageKey, String href) {

    static HistoryValue text(String text) {
        return new HistoryValue(text, null, null);
    }

    static HistoryValue label(String messageKey) {
        return new HistoryValue(null, messageKey, null);
    }

    static HistoryValue link(String text, String href) {
        return new HistoryValue(text, null, href);
    }

}
