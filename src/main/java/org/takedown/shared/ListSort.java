package org.takedown.shared;

import java.util.Set;

import org.springframework.data.domain.Sort;

/**
 * The orders a list accepts: the properties it may be sorted by, as its {@code sort} parameter names them, and its
 * order when none of them is asked for. Whatever else a hand-edited URL asks for is dropped, so that it can neither
 * sort by an arbitrary column nor cause an error.
 */
public record ListSort(Sort defaultOrder, Set<String> properties) {

    /** The query parameter of the order: {@code sort=title,desc}, repeated for a second order. */
    public static final String PARAMETER = "sort";

    public ListSort(Sort defaultOrder, String... properties) {
        this(defaultOrder, Set.of(properties));
    }

    /** The requested orders on allowed properties, or the default order when none is left. */
    public Sort restrict(Sort requested) {
        if (requested == null) {
            return this.defaultOrder;
        }
        Sort allowed = Sort.by(requested.filter((order) -> this.properties.contains(order.getProperty())).toList());
        return allowed.isSorted() ? allowed : this.defaultOrder;
    }

    public boolean isDefault(Sort sort) {
        return this.defaultOrder.equals(sort);
    }

    /** An order as the {@code sort} parameter writes it: {@code date,desc}. */
    public static String parameter(Sort.Order order) {
        return order.getProperty() + "," + (order.isAscending() ? "asc" : "desc");
    }

}
