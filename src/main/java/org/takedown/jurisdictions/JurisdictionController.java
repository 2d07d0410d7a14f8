package org.takedown.jurisdictions;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.shared.ListRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class JurisdictionController {

    private final JurisdictionService jurisdictions;

    private final CountryFilter countryFilter;

    private final CsvExport csvExport;

    private static final List<CsvColumn<CountryActivity>> CSV_COLUMNS = List.of(
            CsvColumn.of("export.column.code", CountryActivity::code),
            CsvColumn.of("export.column.name", CountryActivity::name),
            CsvColumn.of("export.column.raids", CountryActivity::raids),
            CsvColumn.of("export.column.servers", CountryActivity::servers),
            CsvColumn.of("export.column.inCustody", CountryActivity::inCustody));

    JurisdictionController(JurisdictionService jurisdictions, CountryFilter countryFilter, CsvExport csvExport) {
        this.jurisdictions = jurisdictions;
        this.countryFilter = countryFilter;
        this.csvExport = csvExport;
    }

    @GetMapping("/jurisdictions")
    String list(ListRequest list, @PageableDefault(size = JurisdictionListQuery.PAGE_SIZE) Pageable pageable,
            Model model) {
        JurisdictionListQuery query = JurisdictionListQuery.bind(list, this.countryFilter);
        model.addAttribute("countryPage", this.jurisdictions.activity(query, query.page(pageable)));
        model.addAttribute("countries", this.jurisdictions.countries());
        return list.resultsOnly() ? "jurisdictions/list :: results" : "jurisdictions/list";
    }

    /** The overview as CSV: every country of exactly the overview's query, in its order (no paging). */
    @GetMapping("/jurisdictions/export.csv")
    void export(ListRequest list, HttpServletRequest request, HttpServletResponse response) throws IOException {
        JurisdictionListQuery query = JurisdictionListQuery.bind(list, this.countryFilter);
        this.csvExport.send("jurisdictions", CSV_COLUMNS,
                (sink) -> this.jurisdictions.exportActivity(query, sink), request, response);
    }

}
