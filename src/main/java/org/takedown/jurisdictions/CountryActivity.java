package org.takedown.jurisdictions;

/**
 * One row of the jurisdictions overview: a country and what happened there.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 * @param raids raids in the country or in a jurisdiction inside it
 * @param servers seized servers located in the country
 * @param inCustody defendants held in the country or in a jurisdiction inside it
 */
record CountryActivity(String code, String name, long raids, long servers, long inCustody) {
}
