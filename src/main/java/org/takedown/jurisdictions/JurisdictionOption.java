package org.takedown.jurisdictions;

/**
 * A jurisdiction as pickers show it: by name, with its code ("Ireland (IE)", "Kansas (US-KS)"), so that a person
 * finds it by either.
 *
 * @param code the jurisdiction's code, what a form submits
 * @param name English name
 * @param countryCode ISO alpha-2 code of the country it is or belongs to (its flag, its time zones)
 */
public record JurisdictionOption(String code, String name, String countryCode) {

    public String getLabel() {
        return this.name + " (" + this.code + ")";
    }

}
