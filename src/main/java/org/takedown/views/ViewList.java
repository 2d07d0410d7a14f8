package org.takedown.views;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.takedown.cases.CaseListQuery;
import org.takedown.defendants.DefendantListQuery;
import org.takedown.jurisdictions.JurisdictionListQuery;
import org.takedown.raids.RaidListQuery;
import org.takedown.raids.ServerListQuery;
import org.takedown.shared.PageLinks;

/**
 * The lists a view can be saved for, with the path each opens and the parameters of its query, both taken from the
 * list's query record. A saved view can thus only ever lead to one of these lists with its own filters: no open
 * redirect, no stray parameters. A position in the list ({@code page}, {@code after}) is never saved: a view is a
 * filter, not a place in it; the page size is, when it is one the lists offer ({@link PageLinks#SIZES}), as the way
 * the user wants to read the list.
 */
public enum ViewList {

    CASES("cases", CaseListQuery.PATH, CaseListQuery.PARAMETERS),
    RAIDS("raids", RaidListQuery.PATH, RaidListQuery.PARAMETERS),
    SERVERS("servers", ServerListQuery.PATH, ServerListQuery.PARAMETERS),
    DEFENDANTS("defendants", DefendantListQuery.PATH, DefendantListQuery.PARAMETERS),
    JURISDICTIONS("jurisdictions", JurisdictionListQuery.PATH, JurisdictionListQuery.PARAMETERS);

    /** The longest normalised query a view keeps (the column's length). */
    public static final int MAX_QUERY_LENGTH = 1000;

    private final String key;

    private final String path;

    private final List<String> parameters;

    ViewList(String key, String path, List<String> parameters) {
        this.key = key;
        this.path = path;
        List<String> saved = new ArrayList<>(parameters);
        saved.add(PageLinks.SIZE);
        this.parameters = List.copyOf(saved);
    }

    /** The list's key as URLs and templates spell it: {@code servers}. */
    public String key() {
        return this.key;
    }

    public String path() {
        return this.path;
    }

    public static Optional<ViewList> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ViewList list : values()) {
            if (list.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    /**
     * The query string reduced to this list's filter parameters, in the list's order, without empty values or
     * repeats, each value re-encoded; a leading {@code ?} is allowed. Malformed escapes drop their parameter. The
     * result may exceed {@link #MAX_QUERY_LENGTH}: callers decide what to do with a filter too long to keep.
     */
    public String normalise(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        String raw = query.strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && value != null && !value.isBlank() && this.parameters.contains(name)
                    && (!PageLinks.SIZE.equals(name) || isOfferedSize(value))) {
                values.putIfAbsent(name, value.strip());
            }
        }
        StringBuilder normalised = new StringBuilder();
        for (String name : this.parameters) {
            String value = values.get(name);
            if (value != null) {
                if (!normalised.isEmpty()) {
                    normalised.append('&');
                }
                normalised.append(encode(name)).append('=').append(encode(value));
            }
        }
        return normalised.toString();
    }

    /** The list's path with the query, for a link or a redirect; the query is normalised again on the way out. */
    public String href(String query) {
        String normalised = normalise(query);
        return normalised.isEmpty() ? this.path : this.path + "?" + normalised;
    }

    /** The filter for people to read: {@code country = LV · status = SEIZED}; empty when there is none. */
    public String describe(String query) {
        String normalised = normalise(query);
        if (normalised.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String pair : normalised.split("&")) {
            int equals = pair.indexOf('=');
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(decode(pair.substring(0, equals))).append(" = ").append(decode(pair.substring(equals + 1)));
        }
        return text.toString();
    }

    private static boolean isOfferedSize(String value) {
        return PageLinks.SIZES.stream().anyMatch((size) -> size.toString().equals(value.strip()));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
