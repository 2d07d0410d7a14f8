package org.takedown.shared.web;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the list on the current page is filtered, for the templates ({@code @filterState.active()}): on a phone
 * a list's filters are folded behind a button, and they stay open while one narrows the list, so that what hides
 * rows is in sight.
 */
@Component("filterState")
public class FilterState {

    /** Parameters that page or order a list without leaving any row out. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "after");

    /** True when the request has a parameter that narrows the list, with a value that is not blank. */
    public boolean active() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        return servlet.getRequest()
            .getParameterMap()
            .entrySet()
            .stream()
            .anyMatch((parameter) -> !NOT_FILTERS.contains(parameter.getKey())
                    && Arrays.stream(parameter.getValue()).anyMatch((value) -> value != null && !value.isBlank()));
    }

}
