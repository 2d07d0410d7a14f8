package org.takedown.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Sort;

/**
 * The orders of a list that pages by keyset: for each sort property the list offers, the key it sorts by (one or more
 * expressions, then the id to break ties), all in the direction of the order, so that one index on
 * {@code (key..., id)} serves the order forwards and backwards and a page starts with a row comparison,
 * {@code (key, id) > (:last key, :last id)}, whatever its depth. The expressions are the list query's own language
 * (SQL or JPQL: both compare rows); a nullable column sorts through {@code coalesce} to a value that its index holds
 * too, since a row comparison with a null matches nothing.
 *
 * @param <T> the list's row, which gives the key values of the cursors in its links
 */
public final class Keyset<T> {

    private final String idExpression;

    private final Function<? super T, Long> id;

    private final Map<String, List<Key<T>>> orders = new HashMap<>();

    private Keyset(String idExpression, Function<? super T, Long> id) {
        this.idExpression = idExpression;
        this.id = id;
        this.orders.put("id", List.of());
    }

    /** A list whose rows are told apart by {@code idExpression}, which {@code id} reads from a row. */
    public static <T> Keyset<T> of(String idExpression, Function<? super T, Long> id) {
        return new Keyset<>(idExpression, id);
    }

    /** The order {@code sort=property}: by the keys, then by the id. */
    @SafeVarargs
    public final Keyset<T> order(String property, Key<T>... keys) {
        this.orders.put(property, List.of(keys));
        return this;
    }

    /**
     * Text compared as the database collates it; an enum stored as its name too (in a JPQL row comparison Hibernate
     * binds an enum parameter by its ordinal, which PostgreSQL cannot compare with the text column).
     */
    public static <T> Key<T> text(String expression, Function<? super T, String> value) {
        return new Key<>(expression, (text) -> text, value::apply);
    }

    public static <T> Key<T> date(String expression, Function<? super T, LocalDate> value) {
        return new Key<>(expression, LocalDate::parse, value::apply);
    }

    public static <T> Key<T> number(String expression, Function<? super T, ? extends Number> value) {
        return new Key<>(expression, Long::valueOf, value::apply);
    }

    /**
     * The parts of the page's query for the list's first order (later orders are not offered by the headers and
     * would take the order off its index): a condition to append to the WHERE, the ORDER BY, their parameters, the
     * offset and the number of rows to read (one more than the page, to know whether another follows).
     */
    public Plan plan(Sort sort, PagePosition position) {
        Sort.Order order = primary(sort);
        List<Key<T>> keys = this.orders.get(order.getProperty());
        boolean backward = position.cursor() != null && position.cursor().backward();
        boolean ascending = order.isAscending() != backward;
        List<String> expressions = new ArrayList<>();
        keys.forEach((key) -> expressions.add(key.expression()));
        expressions.add(this.idExpression);

        String direction = ascending ? " asc" : " desc";
        String orderBy = " order by " + String.join(direction + ", ", expressions) + direction;

        Map<String, Object> parameters = new LinkedHashMap<>();
        String condition = "";
        PagePosition.Cursor cursor = position.cursor();
        if (cursor != null) {
            List<Object> values = parse(keys, cursor);
            if (values != null) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    names.add(":keyset" + i);
                    parameters.put("keyset" + i, values.get(i));
                }
                String comparison = ascending ? " > " : " < ";
                condition = (values.size() == 1) ? " and " + this.idExpression + comparison + names.get(0)
                        : " and (" + String.join(", ", expressions) + ")" + comparison + "(" + String.join(", ", names)
                                + ")";
            }
        }
        return new Plan(condition, orderBy, parameters, (cursor != null) ? 0 : (int) position.offset(),
                position.size() + 1, backward && !condition.isEmpty());
    }

    /** The ORDER BY of the list's first page in {@code sort} (for its CSV export): the order of every page. */
    public String orderBy(Sort sort) {
        return plan(sort, PagePosition.FIRST).orderBy();
    }

    /** The list's first order that it knows, or its id descending: the order a page is read in. */
    public Sort.Order primary(Sort sort) {
        return sort.stream()
            .filter((order) -> this.orders.containsKey(order.getProperty()))
            .findFirst()
            .orElse(Sort.Order.desc("id"));
    }

    /** The values of the cursor that a link to the rows after or before {@code row} carries. */
    List<String> values(Sort sort, T row) {
        List<String> values = new ArrayList<>();
        for (Key<T> key : this.orders.get(primary(sort).getProperty())) {
            Object value = key.value().apply(row);
            values.add((value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value));
        }
        values.add(String.valueOf(this.id.apply(row)));
        return values;
    }

    /** The cursor's values as parameters, or {@code null} when they are not this order's (a hand-edited link). */
    private static <T> List<Object> parse(List<Key<T>> keys, PagePosition.Cursor cursor) {
        List<String> texts = cursor.values();
        if (texts.size() != keys.size() + 1) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                values.add(keys.get(i).parse().apply(texts.get(i)));
            }
            values.add(Long.valueOf(texts.get(keys.size())));
        }
        catch (RuntimeException ex) {
            return null;
        }
        return values;
    }

    /**
     * One sort key: its expression in the query, how a cursor's text becomes its parameter, and its value in a row.
     */
    public record Key<T>(String expression, Function<String, Object> parse, Function<? super T, Object> value) {
    }

    /**
     * The query parts of one page.
     *
     * @param condition {@code ""} or {@code " and (key, id) > (:keyset0, :keyset1)"}, to append to the WHERE
     * @param orderBy {@code " order by key asc, id asc"}, reversed when reading backwards
     * @param parameters the condition's parameters
     * @param offset the rows to skip: 0 after a cursor, the typed page's offset otherwise
     * @param limit the rows to read: one more than the page
     * @param backward whether the rows come in reverse (the page before a cursor), to be turned round
     */
    public record Plan(String condition, String orderBy, Map<String, Object> parameters, int offset, int limit,
            boolean backward) {
    }

}
