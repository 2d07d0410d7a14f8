package org.takedown.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.data.domain.Sort;

/**
 * Builds a list's query string in the order its parameters are added: names and values percent-encoded (a space is
 * {@code %20}, which every decoder reads as a space, unlike {@code +}), a {@code null} or blank value left out, an
 * enum by its name.
 */
public final class QueryString {

    private final StringBuilder text = new StringBuilder();

    private QueryString() {
    }

    public static QueryString create() {
        return new QueryString();
    }

    public QueryString add(String name, Object value) {
        String shown = (value instanceof Enum<?> constant) ? constant.name() : (value != null ? value.toString() : null);
        if (shown != null && !shown.isBlank()) {
            if (!this.text.isEmpty()) {
                this.text.append('&');
            }
            this.text.append(encode(name)).append('=').append(encode(shown));
        }
        return this;
    }

    /** One {@code sort} parameter per order, unless the order is the list's default. */
    public QueryString add(ListSort allowed, Sort sort) {
        if (!allowed.isDefault(sort)) {
            sort.forEach((order) -> add(ListSort.PARAMETER, ListSort.parameter(order)));
        }
        return this;
    }

    @Override
    public String toString() {
        return this.text.toString();
    }

    private static String encode(String text) {
        // form encoding writes a space as "+" and a plus as "%2B": every "+" left is a space
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
