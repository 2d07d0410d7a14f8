package org.takedown.export;

import java.util.function.Function;

/**
 * One column of a CSV export: the message key of its header and how a row gives its cell. A cell may be text, a
 * number, a date or moment (written in ISO 8601), an enum (written as its code, e.g. {@code IMAGED}) or
 * {@code null} (an empty cell).
 *
 * @param <T> the row type
 */
public record CsvColumn<T>(String headerKey, Function<T, Object> value) {

    public static <T> CsvColumn<T> of(String headerKey, Function<T, Object> value) {
        return new CsvColumn<>(headerKey, value);
    }

}
