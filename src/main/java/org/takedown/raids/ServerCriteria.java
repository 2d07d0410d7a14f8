package org.takedown.raids;

import java.time.LocalDate;

/** The server grid's filters once checked: a {@code null} means "any"; the provider matches as a prefix; {@code from} and
 * {@code to} bound the seizure date, both included;
 * {@code afterId} continues the newest-first order below that id (keyset paging). */
record ServerCriteria(String countryCode, Long caseId, ServerStatus status, ServerRole role, String providerPrefix,
        LocalDate from, LocalDate to, Long afterId) {
}
