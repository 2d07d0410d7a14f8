package org.takedown.shared;

/**
 * How many rows a list holds with its filters, as the list says it above its table: exactly ({@code 1,234 servers})
 * or, where counting every match would cost more than the page at a million rows, a lower bound
 * ({@code more than 10,000 servers}) that the list marks as such.
 *
 * @param count the number of rows, or the bound that was reached
 * @param exact whether {@code count} is the number of rows rather than a bound
 */
public record ListTotal(long count, boolean exact) {

    public static ListTotal exact(long count) {
        return new ListTotal(count, true);
    }

    public static ListTotal moreThan(long bound) {
        return new ListTotal(bound, false);
    }

    /**
     * The total from the number of matches read with a cap: {@code read} rows of at most {@code cap + 1}, so that
     * reading more than {@code cap} says "more than {@code cap}".
     */
    public static ListTotal capped(long read, long cap) {
        return (read > cap) ? moreThan(cap) : exact(read);
    }

}
