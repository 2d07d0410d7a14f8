package org.takedown.cases;

import java.util.List;

import org.takedown.shared.PickerOption;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The options of case pickers, loaded as the user types: ten thousand cases are too many to send with every page
 * that lets one choose a case.
 */
@RestController
class CaseOptionController {

    private final CaseOptionQueries options;

    CaseOptionController(CaseOptionQueries options) {
        this.options = options;
    }

    /** At most {@link PickerOption#LIMIT} cases whose reference or title contains {@code q}, newest first. */
    @GetMapping(path = "/cases/options", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PickerOption> options(@RequestParam(name = "q", required = false) String q) {
        return this.options.find(PickerOption.query(q), PickerOption.LIMIT);
    }

}
