package org.takedown.raids;

/** The server grid's filters once checked: a {@code null} means "any"; the provider matches as a prefix;
 * {@code afterId} continues the newest-first order below that id (keyset paging). */
record ServerCriteria(String countryCode, Long caseId, ServerStatus status, ServerRole role, String providerPrefix,
        Long afterId) {
}
