package org.takedown.jurisdictions;

import java.util.List;

import org.takedown.shared.PickerOption;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The options of agency pickers, loaded as the user types: a thousand agencies and more made every case, raid and
 * account form carry them all, twice on the raid form.
 */
@RestController
class AgencyOptionController {

    private final AgencyOptionQueries options;

    AgencyOptionController(AgencyOptionQueries options) {
        this.options = options;
    }

    /** At most {@link PickerOption#LIMIT} agencies whose name, acronym or jurisdiction's code contains {@code q}. */
    @GetMapping(path = "/agencies/options", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PickerOption> options(@RequestParam(name = "q", required = false) String q) {
        return this.options.find(PickerOption.query(q), PickerOption.LIMIT);
    }

}
