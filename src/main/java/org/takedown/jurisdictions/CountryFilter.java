package org.takedown.jurisdictions;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads the {@code ?country=} filter every list takes. A known ISO alpha-2 code (in any case) becomes the country's
 * code; a blank one means no filter; an unknown one is ignored and named in the model as {@code unknownCountry}, so
 * that the list says so instead of failing or showing nothing.
 */
@Component
public class CountryFilter {

    private static final int SHOWN_LENGTH = 16;

    private final JurisdictionService jurisdictions;

    CountryFilter(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The code of the requested country, or {@code null} when there is none or it is unknown. */
    public String resolve(String requested, Model model) {
        return resolve(requested, model, "unknownCountry");
    }

    /** The same for another country parameter, whose unknown value is named under {@code unknownAttribute}. */
    public String resolve(String requested, Model model, String unknownAttribute) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        return this.jurisdictions.country(requested).map(CountryOption::code).orElseGet(() -> {
            model.addAttribute(unknownAttribute,
                    requested.length() > SHOWN_LENGTH ? requested.substring(0, SHOWN_LENGTH) + "…" : requested);
            return null;
        });
    }

}
