package org.takedown.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page or order of the current list that keep every filter of the current request, used by the
 * pagination fragment as {@code ${pageLinks.to(n)}} and by sortable column headers as
 * {@code ${pageLinks.sortBy('title', cases.sort)}}. It is a model attribute rather than a bean reference because
 * Thymeleaf refuses bean references in links of requests that carry parameters.
 */
public final class PageLinks {

    /** The page number (from 0) of a list paged by offset. */
    public static final String PAGE = "page";

    /** The number of rows a page shows. */
    public static final String SIZE = "size";

    /** The position of a list paged by keyset: the page starts after the row its cursor names (PagePosition). */
    public static final String AFTER = "after";

    /**
     * The page sizes a list offers. Any size from 1 to {@code spring.data.web.pageable.max-page-size} is read (a
     * larger one is capped, one that is no number is the list's default, by Spring Data); these are the ones offered.
     */
    public static final List<Integer> SIZES = List.of(20, 50, 100, 200);

    private final String path;

    private final String query;

    PageLinks(String path, String query) {
        this.path = path;
        this.query = query;
    }

    public String to(int page) {
        return UriComponentsBuilder.fromPath(this.path).query(this.query).replaceQueryParam(PAGE, page).build()
            .toUriString();
    }

    /**
     * A page of a list paged by keyset: {@code name} is {@link #AFTER} or {@link PagePosition#BEFORE},
     * {@code cursor} names the row next to it, in the same order.
     */
    public String cursor(String name, String cursor) {
        return UriComponentsBuilder.fromPath(this.path)
            .query(this.query)
            .replaceQueryParam(PAGE)
            .replaceQueryParam(AFTER)
            .replaceQueryParam(PagePosition.BEFORE)
            .replaceQueryParam(name, cursor)
            .build()
            .toUriString();
    }

    /** The first page, wherever the list is now. */
    public String first() {
        return UriComponentsBuilder.fromPath(this.path)
            .query(this.query)
            .replaceQueryParam(PAGE)
            .replaceQueryParam(AFTER)
            .replaceQueryParam(PagePosition.BEFORE)
            .build()
            .toUriString();
    }

    /** The first page of the list with {@code size} rows a page, in the same order and with the same filters. */
    public String size(int size) {
        return UriComponentsBuilder.fromPath(this.path)
            .query(this.query)
            .replaceQueryParam(PAGE)
            .replaceQueryParam(AFTER)
            .replaceQueryParam(PagePosition.BEFORE)
            .replaceQueryParam(SIZE, size)
            .build()
            .toUriString();
    }

    /** The sizes {@link #size(int)} offers. */
    public List<Integer> sizes() {
        return SIZES;
    }

    /**
     * The list sorted by {@code property}, from its first page: the other way round when {@code current} sorts by it
     * first already, else ascending.
     */
    public String sortBy(String property, Sort current) {
        return sortBy(property, current, Sort.Direction.ASC.name());
    }

    /** The same, in {@code firstDirection} ({@code asc} or {@code desc}) when the list is not sorted by it yet. */
    public String sortBy(String property, Sort current, String firstDirection) {
        Sort.Order order = primaryOrderFor(property, current);
        Sort.Direction direction = (order == null) ? Sort.Direction.fromString(firstDirection)
                : (order.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC);
        return UriComponentsBuilder.fromPath(this.path)
            .query(this.query)
            .replaceQueryParam(PAGE)
            .replaceQueryParam(AFTER)
            .replaceQueryParam(PagePosition.BEFORE)
            .replaceQueryParam(ListSort.PARAMETER, ListSort.parameter(new Sort.Order(direction, property)))
            .build()
            .toUriString();
    }

    /**
     * {@code ascending}, {@code descending} or {@code none}: the column header's {@code aria-sort}. Only the first
     * order counts, so that one header of a table says it is sorted (a tie-breaker such as the reference after the
     * opening date is not what the list is sorted by).
     */
    public String ariaSort(String property, Sort current) {
        Sort.Order order = primaryOrderFor(property, current);
        if (order == null) {
            return "none";
        }
        return order.isAscending() ? "ascending" : "descending";
    }

    private static Sort.Order primaryOrderFor(String property, Sort current) {
        return current.stream().findFirst().filter((order) -> order.getProperty().equals(property)).orElse(null);
    }

    /**
     * The CSV export of the current list with exactly its filters and sort: the same path with {@code /export.csv}
     * appended, without the paging parameters (an export holds every matching row).
     */
    public String export() {
        return UriComponentsBuilder.fromPath(this.path + "/export.csv")
            .query(this.query)
            .replaceQueryParam(PAGE)
            .replaceQueryParam(SIZE)
            .replaceQueryParam(AFTER)
            .replaceQueryParam(PagePosition.BEFORE)
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
