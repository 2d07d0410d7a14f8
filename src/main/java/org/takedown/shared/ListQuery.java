package org.takedown.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a list shows, as one record its module owns ({@code CaseListQuery}, {@code ServerListQuery}, ...): the filters
 * and the order, bound from the list's query parameters by the record's {@code bind} and written back by
 * {@link #toQueryString()}. The page, its CSV export, the saved views and the dashboard's links all go through it, so
 * the list's parameters are spelled once. Paging is not part of it: a query names rows, a page is a position in them.
 */
public interface ListQuery {

    /** The list's path: {@code /servers}. */
    String path();

    /** The order, within the list's {@link ListSort}. */
    Sort sort();

    /**
     * The query as the list's URL carries it, parameters in a fixed order, values encoded, empty filters and the
     * default order left out: {@code country=LV&status=SEIZED}.
     */
    String toQueryString();

    /** The list's path with the query: {@code /servers?country=LV}, relative to the application's context path. */
    default String href() {
        String query = toQueryString();
        return query.isEmpty() ? path() : path() + "?" + query;
    }

    /** The first order as the {@code sort} parameter writes it ({@code date,desc}), for the sort select. */
    default String sortParameter() {
        return sort().stream().findFirst().map(ListSort::parameter).orElse("");
    }

    /** The page of this query that the requested page number and size ask for (offset paging). */
    default Pageable page(Pageable requested) {
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), sort());
    }

}
