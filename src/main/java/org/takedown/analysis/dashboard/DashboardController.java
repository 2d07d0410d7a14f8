package org.takedown.analysis.dashboard;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.takedown.shared.StorableText;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page: figures, a world map, charts and a table of countries for a case and a date range. The page renders
 * the figures and the table (all of it works without JavaScript); {@code dashboard.js} draws the map and the charts
 * from {@code GET /dashboard/data} with the same filter.
 */
@Controller
class DashboardController {

    /** {@code ?countries=all}: the whole country table instead of its top. */
    private static final String ALL = "all";

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String show(@ModelAttribute("filter") DashboardFilter filter, BindingResult filterErrors,
            @RequestParam(name = "countries", required = false) String countries, HttpServletRequest request,
            Locale locale, Model model) {
        DashboardService.DashboardPage page = this.dashboard.page(filter, filterErrors, ALL.equals(countries),
                request.getContextPath(), locale);
        DashboardCriteria criteria = page.criteria();
        if (criteria.caseReference() != null) {
            // the field shows the reference, however the case was given
            filter.setCase(criteria.caseReference());
        }
        model.addAttribute("criteria", criteria);
        model.addAttribute("dashboard", page.data());
        model.addAttribute("countryTotal", page.countryTotal());
        if (page.isPartial()) {
            model.addAttribute("allCountriesUrl", pageUrl(request.getContextPath(), criteria, true));
        }
        else if (page.countryTotal() > DashboardService.TABLE_COUNTRIES) {
            model.addAttribute("topCountriesUrl", pageUrl(request.getContextPath(), criteria, false));
        }
        model.addAttribute("suggestedCases", page.suggestedCases());
        model.addAttribute("dataUrl", dataUrl(request.getContextPath(), criteria));
        return "dashboard/show";
    }

    /**
     * The map's and the charts' data as JSON; values that are not valid filters are left out, as on the page, but text
     * that cannot be stored is a 400, as on every other filter and API.
     */
    @GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DashboardData data(@ModelAttribute("filter") DashboardFilter filter, BindingResult filterErrors,
            HttpServletRequest request, Locale locale) {
        boolean unstorable = filterErrors.getFieldErrors()
            .stream()
            .anyMatch((error) -> error.getRejectedValue() instanceof String text && !StorableText.isStorable(text));
        if (unstorable) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A filter holds text that cannot be stored");
        }
        return this.dashboard.data(filter, filterErrors, request.getContextPath(), locale);
    }

    private static String dataUrl(String contextPath, DashboardCriteria criteria) {
        return withCriteria(UriComponentsBuilder.fromPath(contextPath + "/dashboard/data"), criteria).build()
            .toUriString();
    }

    /** The page with the same filter, with the whole country table or its top, scrolled to the table. */
    private static String pageUrl(String contextPath, DashboardCriteria criteria, boolean allCountries) {
        UriComponentsBuilder url = withCriteria(UriComponentsBuilder.fromPath(contextPath + "/"), criteria);
        if (allCountries) {
            url.queryParam("countries", ALL);
        }
        return url.fragment("countries-heading").build().toUriString();
    }

    private static UriComponentsBuilder withCriteria(UriComponentsBuilder url, DashboardCriteria criteria) {
        if (criteria.caseId() != null) {
            url.queryParam("case", criteria.caseId());
        }
        if (criteria.from() != null) {
            url.queryParam("from", criteria.from());
        }
        if (criteria.to() != null) {
            url.queryParam("to", criteria.to());
        }
        return url;
    }

}
