package org.takedown.analysis.countries;

import java.util.Locale;
import java.util.regex.Pattern;

import org.takedown.jurisdictions.JurisdictionNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one jurisdiction. It lives at the jurisdictions' address, next to their list, but reads what every
 * feature recorded there, so it belongs to the read side.
 */
@Controller
class CountryController {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,13})?");

    private final CountryOverviews overviews;

    CountryController(CountryOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/jurisdictions/{code}")
    String show(@PathVariable String code, Model model) {
        String canonical = normalise(code);
        if (!canonical.isEmpty() && !canonical.equals(code)) {
            return "redirect:/jurisdictions/" + canonical;
        }
        model.addAttribute("overview",
                this.overviews.find(canonical).orElseThrow(() -> new JurisdictionNotFoundException(code)));
        return "countries/show";
    }

    /** The code in upper case, or a code that matches nothing when it cannot be a jurisdiction code at all. */
    static String normalise(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(upper).matches() ? upper : "";
    }

}
