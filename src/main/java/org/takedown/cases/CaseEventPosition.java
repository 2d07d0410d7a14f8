package org.takedown.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A place in a case's timeline, the key of its keyset paging: the day, the order within the day, the kind and the id of
 * the last event shown, written in the page's address as {@code 2020-08-25~10~raid~12}.
 */
record CaseEventPosition(LocalDate happenedOn, int dayOrder, String kind, long id) {

    private static final Pattern FORMAT = Pattern
        .compile("(\\d{4}-\\d{2}-\\d{2})~(\\d{1,4})~([a-z]+(?:\\.[a-z]+)*)~(\\d{1,18})");

    /** The position an address gives, or a 400 for one no page of the timeline links to. */
    static CaseEventPosition parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (matcher.matches()) {
            try {
                return new CaseEventPosition(LocalDate.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        matcher.group(3), Long.parseLong(matcher.group(4)));
            }
            catch (DateTimeParseException ex) {
                // falls through to the same answer as any other malformed position
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The timeline position is malformed");
    }

    @Override
    public String toString() {
        return this.happenedOn + "~" + this.dayOrder + "~" + this.kind + "~" + this.id;
    }

}
