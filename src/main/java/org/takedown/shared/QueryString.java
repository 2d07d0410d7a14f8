package org.takedown.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.data.domain.Sort;

/**
 * Builds a list's query string in the order its parameters are added: values form-encoded (as servlet containers
 * decode them: a space is {@code +}, a comma {@code %2C}), a {@code null} or blank value left out, an enum by its name.
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

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
