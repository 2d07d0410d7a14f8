package org.takedown.shared.web;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the list on the page is filtered ({@code filtersActive} in every page's model): on a phone a list's
 * filters are folded behind a button, and they stay open while one narrows the list, so that what hides rows is in
 * sight.
 */
@ControllerAdvice
class FilterState {

    /** Parameters that page or order a list without leaving any row out. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "after");

    /** True when the request has a parameter that narrows the list, with a value that is not blank. */
    @ModelAttribute("filtersActive")
    boolean filtersActive(HttpServletRequest request) {
        return request.getParameterMap()
            .entrySet()
            .stream()
            .anyMatch((parameter) -> !NOT_FILTERS.contains(parameter.getKey()) && !parameter.getKey().startsWith("_")
                    && Arrays.stream(parameter.getValue()).anyMatch((value) -> value != null && !value.isBlank()));
    }

}
