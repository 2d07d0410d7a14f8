package org.takedown.cases;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Column-header links of the case list, used as {@code ${@caseListLinks.sortBy('title', cases.sort)}}: they keep the
 * filters of the current request, go back to the first page, and reverse the order when the list is already sorted
 * ascending by that column.
 */
@Component
class CaseListLinks {

    public String sortBy(String property, Sort current) {
        Sort.Order order = current.getOrderFor(property);
        String direction = (order != null && order.isAscending()) ? "desc" : "asc";
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("page")
            .replaceQueryParam("sort", property + "," + direction)
            .build()
            .toUriString();
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
    public String ariaSortOf(String property, Sort current) {
        Sort.Order order = current.getOrderFor(property);
        if (order == null) {
            return "none";
        }
        return order.isAscending() ? "ascending" : "descending";
    }

}
