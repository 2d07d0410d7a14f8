package org.takedown.shared;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps what a list accepts from the {@code sort} and {@code size} query parameters within bounds. */
public final class Pageables {

    private Pageables() {
    }

    /**
     * The same page with only the orders on {@code sortable} properties, and {@code fallback} when none is left, so
     * that a hand-edited URL can neither sort by an arbitrary column nor cause an error.
     */
    public static Pageable restrict(Pageable pageable, Set<String> sortable, Sort fallback) {
        Sort allowed = Sort.by(pageable.getSort().filter((order) -> sortable.contains(order.getProperty())).toList());
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), allowed.isSorted() ? allowed : fallback);
    }

}
