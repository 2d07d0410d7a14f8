package org.takedown.shared.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Spring's {@code @DateTimeFormat} formatting, except that a date outside the years 1 to 9999 does not parse. ISO
 * dates allow years up to ±999,999,999 ({@code +999999999-01-01}), which PostgreSQL cannot store or compare with:
 * such a value would fail in the database as a 500. Refused here, it is a type mismatch like any malformed date, and
 * every form and filter shows "Enter a date as YYYY-MM-DD." next to the field.
 */
class StorableDateFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

    private static final int EARLIEST_YEAR = 1;

    private static final int LATEST_YEAR = 9999;

    private final Jsr310DateTimeFormatAnnotationFormatterFactory formats = new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return this.formats.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return this.formats.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = this.formats.getParser(annotation, fieldType);
        return (text, locale) -> {
            Object value = parser.parse(text, locale);
            if (value instanceof LocalDate date && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
                throw new IllegalArgumentException("A date between the years 1 and 9999 was expected");
            }
            return value;
        };
    }

}
