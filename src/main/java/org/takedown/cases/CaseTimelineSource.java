package org.takedown.cases;

/**
 * The dated events another module records in a case, for the case's timeline, told to the cases module as SQL over
 * that module's own tables, as {@link CaseActivity} tells its counts: the timeline is then one statement per page
 * (and one for its total) whatever the number of modules and events, ordered and cut in PostgreSQL.
 * <p>
 * {@link #eventsSql()} is a {@code SELECT} of the events of the case whose id is the named parameter {@code :caseId},
 * with exactly these columns, in this order:
 * <ul>
 * <li>{@code happened_on date}: the day it happened (or is to happen: a hearing may lie ahead);</li>
 * <li>{@code day_order integer}: where the event stands among those of its day, so that a day reads as it went: 0 for
 * the case's own, 10 for raids, 20 for seizures, 30 for the people in the case, 40 for charges, 50 for extradition
 * (a kind takes one number of its band);</li>
 * <li>{@code kind text}: what happened, the key of its sentence under {@code timeline.} in the messages; a kind and an
 * id name one event;</li>
 * <li>{@code id bigint}: the row the event comes from, unique within its kind;</li>
 * <li>{@code href text}: the path of the record's page;</li>
 * <li>{@code subject text}: the record's name as the sentence gives it ({0});</li>
 * <li>{@code detail text}, {@code detail_key text}: a plain text, or the message key of a label (a status), for {1};</li>
 * <li>{@code amount bigint}: a number for {2} (servers, counts), or null.</li>
 * </ul>
 * The statement is fixed SQL; its only parameter is {@code :caseId}. Voided records are not events.
 */
public interface CaseTimelineSource {

    String eventsSql();

}
