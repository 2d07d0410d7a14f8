package org.takedown.raids;

/** How many raids took place in a country for a case, and how many servers were seized there. */
record RaidCountrySummary(String countryCode, String countryName, long raids, long servers) {
}
