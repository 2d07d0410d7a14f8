package org.takedown.jurisdictions;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.takedown.export.CsvColumn;
import org.takedown.export.CsvExport;
import org.takedown.shared.Pageables;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class JurisdictionController {

    private static final Sort BY_NAME = Sort.by("name");

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
    String list(@ModelAttribute("filter") JurisdictionFilter filter, BindingResult ignoredBindingErrors,
            @PageableDefault(size = 50) Pageable pageable, HtmxRequest htmx, HttpServletRequest request, Model model) {
        // a filter value that does not bind (?active=maybe) keeps its default instead of failing the request
        String country = this.countryFilter.resolve(filter.getCountry(), model);
        filter.setCountry(country);
        Pageable page = Pageables.restrict(pageable, CountryOverviewQueries.SORT_COLUMNS.keySet(), BY_NAME);
        Page<CountryActivity> countries = this.jurisdictions.activity(country, filter.text(), filter.isActive(), page);
        model.addAttribute("countryPage", countries);
        model.addAttribute("pageHrefs", new PageHrefs(
                countries.hasPrevious() ? withParam(request, "page", countries.getNumber() - 1) : null,
                countries.hasNext() ? withParam(request, "page", countries.getNumber() + 1) : null));
        model.addAttribute("countries", this.jurisdictions.countries());
        Sort.Order current = page.getSort().iterator().next();
        model.addAttribute("currentSort", current.getProperty() + "," + current.getDirection().name().toLowerCase());
        model.addAttribute("sortLinks", sortLinks(request, current));
        return htmx.isHtmxRequest() ? "jurisdictions/list :: results" : "jurisdictions/list";
    }

    /** The overview as CSV: every country of exactly the overview's filters, in its order (no paging). */
    @GetMapping("/jurisdictions/export.csv")
    void export(@ModelAttribute("filter") JurisdictionFilter filter, BindingResult ignoredBindingErrors,
            @PageableDefault(size = 50) Pageable pageable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String country = this.countryFilter.resolve(filter.getCountry(), new ExtendedModelMap());
        Sort sort = Pageables.restrict(pageable, CountryOverviewQueries.SORT_COLUMNS.keySet(), BY_NAME).getSort();
        this.csvExport.send("jurisdictions", CSV_COLUMNS,
                (sink) -> this.jurisdictions.exportActivity(country, filter.text(), filter.isActive(), sort, sink),
                request, response);
    }

    /**
     * For each sortable column, the current list sorted by it: a click on the sorted column turns its direction,
     * a click on another sorts names A–Z and counts largest first. Filters stay, the page goes back to the first.
     */
    private static Map<String, SortLink> sortLinks(HttpServletRequest request, Sort.Order current) {
        Map<String, SortLink> links = new LinkedHashMap<>();
        for (String property : CountryOverviewQueries.SORT_COLUMNS.keySet()) {
            boolean sorted = property.equals(current.getProperty());
            boolean textual = property.equals("name") || property.equals("code");
            Sort.Direction next = sorted ? (current.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC)
                    : (textual ? Sort.Direction.ASC : Sort.Direction.DESC);
            String href = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("sort", property + "," + next.name().toLowerCase())
                .replaceQueryParam("page")
                .build()
                .toUriString();

            String ariaSort = sorted ? (current.isAscending() ? "ascending" : "descending") : null;
            links.put(property, new SortLink(href, ariaSort));
        }
        return links;
    }

    /** The current list with one query parameter replaced. */
    private static String withParam(HttpServletRequest request, String name, Object value) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam(name, value)
            .build()
            .toUriString();
    }

    /**
     * Links to the previous and next page ({@code null} where there is none). Computed here because the shared
     * pagination fragment calls a bean inside {@code th:href}, which Thymeleaf's restricted mode refuses.
     */
    record PageHrefs(String previous, String next) {
    }

    /** A column header's link and its {@code aria-sort} value (null when the list is not sorted by it). */
    record SortLink(String href, String ariaSort) {
    }

}
