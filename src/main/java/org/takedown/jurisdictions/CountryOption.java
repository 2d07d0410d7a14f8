package org.takedown.jurisdictions;

/**
 * A country as pickers show it: by name, with its code ("Ireland (IE)"), so that a person finds it by either.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 */
public record CountryOption(String code, String name) {

    public String getLabel() {
        return this.name + " (" + this.code + ")";
    }

}
