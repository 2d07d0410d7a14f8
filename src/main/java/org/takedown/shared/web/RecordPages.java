package org.takedown.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The page that shows the record an address changes, found among the application's own routes: the longest part of
 * the address that is a page ({@code POST /cases/7/status} → {@code /cases/7}, {@code POST
 * /defendants/3/extraditions/9/status} → {@code /defendants/3/extraditions/9}), or else that part's edit form, which
 * shows the record's current values where it has no page of its own ({@code POST /defendants/3/charges/9} →
 * {@code /defendants/3/charges/9/edit}, {@code POST /admin/users/4} → {@code /admin/users/4/edit}). Other forms
 * (new, link, unlink, merge) are no record's page.
 */
@Component
class RecordPages {

    private static final Set<String> FORMS = Set.of("new", "link", "unlink", "merge");

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    RecordPages(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** The record's page for an address within the application, or {@code null} when none is a part of it. */
    Page pageOf(String path) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.replaceAll("^/+|/+$", "").split("/")));
        List<PathPattern> pages = pages();
        while (!segments.isEmpty()) {
            String candidate = "/" + String.join("/", segments);
            if (!FORMS.contains(segments.get(segments.size() - 1))) {
                for (String page : List.of(candidate, candidate + "/edit")) {
                    PathContainer container = PathContainer.parsePath(page);
                    if (pages.stream().anyMatch((pattern) -> pattern.matches(container))) {
                        String id = lastId(candidate);
                        return new Page(page, id == null ? null : kindBefore(candidate, id), id);
                    }
                }
            }
            segments.remove(segments.size() - 1);
        }
        return null;
    }

    private List<PathPattern> pages() {
        List<PathPattern> pages = new ArrayList<>();
        RequestMappingHandlerMapping mapping = this.mappings.getIfAvailable();
        if (mapping == null) {
            return pages;
        }
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
                pages.addAll(info.getPathPatternsCondition().getPatterns());
            }
        }
        return pages;
    }

    /** The last segment of the address that is a record's id (digits), or {@code null}. */
    static String lastId(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
                return segments[i];
            }
        }
        return null;
    }

    /** The collection the id belongs to: the segment before it ({@code cases} in {@code /cases/7/status}). */
    static String kindBefore(String path, String id) {
        if (id == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            if (segments[i].equals(id)) {
                return segments[i - 1].isEmpty() ? null : segments[i - 1];
            }
        }
        return null;
    }

    private static long ids(String path) {
        return Arrays.stream(path.split("/"))
            .filter((segment) -> !segment.isEmpty() && segment.chars().allMatch(Character::isDigit))
            .count();
    }

    /** A record's page: its address, the collection its id is in and the id (both {@code null} for a list). */
    record Page(String path, String kind, String lastId) {

        /** Whether the page shows the very record the address names, not one it belongs to. */
        boolean sameRecordAs(String address) {
            return this.lastId != null && ids(this.path) == ids(address) && Objects.equals(this.lastId, RecordPages.lastId(address));
        }

    }

}
