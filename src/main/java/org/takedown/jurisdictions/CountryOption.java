package org.takedown.jurisdictions;

/**
 * A country as pickers show it.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 */
public record CountryOption(String code, String name) {

    /** The name behind the country's flag emoji, built from the code's regional indicator symbols. */
    public String getLabel() {
        return flag() + " " + this.name;
    }

    public String flag() {
        int first = Character.codePointAt(this.code, 0) - 'A' + 0x1F1E6;
        int second = Character.codePointAt(this.code, 1) - 'A' + 0x1F1E6;
        return new String(Character.toChars(first)) + new String(Character.toChars(second));
    }

}
