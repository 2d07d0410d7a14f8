package org.takedown.export;

import java.time.temporal.TemporalAccessor;

/**
 * Turns values into CSV cells. Text that a spreadsheet would read as a formula, because it begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP, "CSV Injection"), gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate. Numbers, dates and enum codes are formatted by the application
 * and are left alone.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The text as a cell that a spreadsheet will not evaluate; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The cell for any value a column gives: empty for {@code null}, ISO 8601 for dates, the code for an enum. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

}
