package org.takedown.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list that keep every filter of the current request, used by the pagination
 * fragment as {@code ${pageLinks.to(n)}}. It is a model attribute rather than a bean reference because Thymeleaf
 * refuses bean references in links of requests that carry parameters.
 */
public final class PageLinks {

    private final String path;

    private final String query;

    PageLinks(String path, String query) {
        this.path = path;
        this.query = query;
    }

    public String to(int page) {
        return UriComponentsBuilder.fromPath(this.path).query(this.query).replaceQueryParam("page", page).build()
            .toUriString();
    }

    /**
     * The CSV export of the current list with exactly its filters and sort: the same path with {@code /export.csv}
     * appended, without the paging parameters (an export holds every matching row).
     */
    public String export() {
        return UriComponentsBuilder.fromPath(this.path + "/export.csv")
            .query(this.query)
            .replaceQueryParam("page")
            .replaceQueryParam("size")
            .replaceQueryParam("after")
            .build()
            .toUriString();
    }

    @ControllerAdvice
    static class Advice {

        @ModelAttribute("pageLinks")
        PageLinks pageLinks(HttpServletRequest request) {
            return new PageLinks(request.getRequestURI(), request.getQueryString());
        }

    }

}
