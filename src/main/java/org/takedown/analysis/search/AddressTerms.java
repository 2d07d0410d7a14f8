package org.takedown.analysis.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a query looks for among server addresses (the text of each address in {@code search_address}, V240): addresses
 * equal to one of {@code exact}, and, when the query ends at a separator ("192.0.2.", "2001:db8:"), addresses starting
 * with {@code prefix}. A partial IPv4 address ("192.0.2") is taken as the prefix it starts ("192.0.2.").
 *
 * @param exact the texts an address may equal; empty when the query is no address
 * @param prefix the start of the addresses to find, ending in '.' or ':'; or null
 */
record AddressTerms(List<String> exact, String prefix) {

    /** A full IPv4 or IPv6 address, or the start of one ("192.0.2.", "192.0.2", "2001:db8:"). */
    private static final Pattern ADDRESS_LIKE = Pattern.compile("^(?=.*[.:])[0-9a-f.:]+$");

    private static final Pattern PARTIAL_IPV4 = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){0,2}$");

    private static final AddressTerms NONE = new AddressTerms(List.of(), null);

    /** The terms of a lower-case query. */
    static AddressTerms of(String lower) {
        if (!ADDRESS_LIKE.matcher(lower).matches()) {
            return NONE;
        }
        if (PARTIAL_IPV4.matcher(lower).matches()) {
            return new AddressTerms(List.of(lower), lower + ".");
        }
        boolean endsAtSeparator = lower.endsWith(".") || lower.endsWith(":");
        return new AddressTerms(List.of(lower), endsAtSeparator ? lower : null);
    }

    boolean isEmpty() {
        return this.exact.isEmpty();
    }

}
