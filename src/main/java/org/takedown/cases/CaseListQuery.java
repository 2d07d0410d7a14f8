package org.takedown.cases;

import java.util.List;

import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.ListQuery;
import org.takedown.shared.ListRequest;
import org.takedown.shared.ListSort;
import org.takedown.shared.QueryString;

import org.springframework.data.domain.Sort;

/**
 * The case list's query, {@code /cases?status=CLOSED&country=LV&q=sparks&sort=title,desc}: what the page, its CSV
 * export, a saved view and a dashboard link show. Keyset paging ({@code shared.PagePosition}),
 * 20 a page.
 *
 * @param status the workflow status, or {@code null}
 * @param country ISO 3166-1 alpha-2 code of a country with a raid or a seized server of the case, or {@code null}
 * @param q text that the reference, title or summary contains, ignoring case, or {@code null}
 * @param sort the order; {@code null} means the default, newest first
 */
public record CaseListQuery(CaseStatus status, String country, String q, Sort sort) implements ListQuery {

    public static final String PATH = "/cases";

    public static final String STATUS = "status";

    public static final String COUNTRY = "country";

    public static final String TEXT = "q";

    /** Every parameter of the query, in the order {@link #toQueryString()} writes them. */
    public static final List<String> PARAMETERS = List.of(STATUS, COUNTRY, TEXT, ListSort.PARAMETER);

    static final int PAGE_SIZE = 20;

    static final int MAX_TEXT_LENGTH = 200;

    /** Newest first by default, the latest created first within a day (a keyset order has one key and the id). */
    static final ListSort SORTS = new ListSort(Sort.by(Sort.Direction.DESC, "openedOn"), "reference", "title",
            "status", "openedOn");

    public CaseListQuery {
        sort = SORTS.restrict(sort);
    }

    /** The query of the request: an unknown status is left out, an unknown country ignored with a notice. */
    static CaseListQuery bind(ListRequest request, CountryFilter countries) {
        return request.bound(new CaseListQuery(request.choice(STATUS, CaseStatus.class),
                countries.resolve(request, COUNTRY), request.text(TEXT, MAX_TEXT_LENGTH), request.sort(SORTS)));
    }

    /** Whether any filter narrows the list (the order is no filter). */
    boolean filtered() {
        return this.status != null || this.country != null || this.q != null;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String toQueryString() {
        return QueryString.create()
            .add(STATUS, this.status)
            .add(COUNTRY, this.country)
            .add(TEXT, this.q)
            .add(SORTS, this.sort)
            .toString();
    }

}
