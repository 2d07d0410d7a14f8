package org.takedown.shared;

/**
 * How many rows a list holds with its filters, as the list says it above its table and in its position ("rows
 * 101–150 of about 1,000,060"): exactly ({@code 1,234 servers}); about, from counters that triggers keep or from the
 * planner's statistics ({@code about 50,000 raids}); or, where counting every match would cost more than the page at
 * a million rows, a lower bound ({@code more than 1,000 servers}). The list marks the last two as approximate.
 *
 * @param count the number of rows, the estimate, or the bound that was reached
 * @param precision how {@code count} relates to the number of rows
 */
public record ListTotal(long count, Precision precision) {

    /** How a total relates to the number of rows. */
    public enum Precision {

        EXACT, ABOUT, MORE_THAN

    }

    public static ListTotal exact(long count) {
        return new ListTotal(count, Precision.EXACT);
    }

    /** An estimate: a counter that may include rows the list leaves out, or the planner's statistics. */
    public static ListTotal about(long count) {
        return new ListTotal(count, Precision.ABOUT);
    }

    public static ListTotal moreThan(long bound) {
        return new ListTotal(bound, Precision.MORE_THAN);
    }

    /**
     * The total from the number of matches read with a cap: {@code read} rows of at most {@code cap + 1}, so that
     * reading more than {@code cap} says "more than {@code cap}".
     */
    public static ListTotal capped(long read, long cap) {
        return (read > cap) ? moreThan(cap) : exact(read);
    }

    /**
     * The total from a count capped at {@code cap} ({@code counted} of at most {@code cap + 1} matches) and, for a
     * list filtered by nothing, the planner's estimate of the table's rows ({@code null} when filtered): exact below
     * the cap, else about the estimate, or more than the cap when filtered.
     */
    public static ListTotal counted(long counted, long cap, Long estimate) {
        if (counted <= cap) {
            return exact(counted);
        }
        return (estimate != null) ? about(Math.max(estimate, counted)) : moreThan(cap);
    }

    public boolean exact() {
        return this.precision == Precision.EXACT;
    }

    /** {@code exact}, {@code about} or {@code moreThan}: the suffix of the messages that say the total. */
    public String kind() {
        return switch (this.precision) {
            case EXACT -> "exact";
            case ABOUT -> "about";
            case MORE_THAN -> "moreThan";
        };
    }

    // accessors in bean style too: the templates read them as properties
    public long getCount() {
        return this.count;
    }

    public String getKind() {
        return kind();
    }

}
