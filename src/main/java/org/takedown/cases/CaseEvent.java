package org.takedown.cases;

import java.time.LocalDate;

/**
 * One line of a case's timeline (see {@link CaseTimelineSource} for the meaning of each field). {@code detailKey}, when
 * set, is a message key whose text takes the place of {@code detail}.
 */
public record CaseEvent(LocalDate happenedOn, int dayOrder, String kind, long id, String href, String subject, String detail,
        String detailKey, Long amount) {

    /** Where this event stands in the timeline, for the link to the events after it. */
    CaseEventPosition position() {
        return new CaseEventPosition(this.happenedOn, this.dayOrder, this.kind, this.id);
    }

}
