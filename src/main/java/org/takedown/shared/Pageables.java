package org.takedown.shared;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps what a page section accepts from the {@code sort} and {@code size} query parameters within bounds. */
public final class Pageables {

    private Pageables() {
    }

    /**
     * The same page with only the orders on {@code sortable} properties, and {@code fallback} when none is left (see
     * {@link ListSort}; the lists restrict their order in their query record).
     */
    public static Pageable restrict(Pageable pageable, Set<String> sortable, Sort fallback) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                new ListSort(fallback, sortable).restrict(pageable.getSort()));
    }

}
