package org.takedown.raids;

import java.time.LocalDate;

/** The raid list's filters once checked: a {@code null} means "any". */
record RaidCriteria(String countryCode, Long caseId, LocalDate from, LocalDate to, RaidStatus status) {
}
