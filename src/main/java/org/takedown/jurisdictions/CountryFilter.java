package org.takedown.jurisdictions;

import org.takedown.shared.ListRequest;

import org.springframework.stereotype.Component;

/**
 * Reads a country parameter of a list ({@code ?country=}, {@code ?nationality=}). A known ISO alpha-2 code (in any
 * case) becomes the country's code; a blank one means no filter; an unknown one is ignored and noticed in the model
 * as {@code unknownCountry}, so that the list says so instead of failing or showing nothing.
 */
@Component
public class CountryFilter {

    private static final int SHOWN_LENGTH = 16;

    private final JurisdictionService jurisdictions;

    CountryFilter(JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The code of the country the parameter names, or {@code null} when there is none or it is unknown. */
    public String resolve(ListRequest request, String parameter) {
        return resolve(request, parameter, "unknownCountry");
    }

    /** The same for a parameter whose unknown value is noticed under {@code unknownNotice}. */
    public String resolve(ListRequest request, String parameter, String unknownNotice) {
        String requested = request.text(parameter);
        if (requested == null) {
            return null;
        }
        return this.jurisdictions.country(requested).map(CountryOption::code).orElseGet(() -> {
            request.notice(unknownNotice,
                    requested.length() > SHOWN_LENGTH ? requested.substring(0, SHOWN_LENGTH) + "…" : requested);
            return null;
        });
    }

}
