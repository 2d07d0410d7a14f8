package org.takedown.defendants;

import java.util.List;

import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.ListQuery;
import org.takedown.shared.ListRequest;
import org.takedown.shared.ListSort;
import org.takedown.shared.QueryString;

import org.springframework.data.domain.Sort;

/**
 * The defendant list's query, {@code /defendants?status=WANTED&nationality=NO&country=US&case=1&q=bridi&sort=name,desc}:
 * what the page, its CSV export, a saved view and a dashboard link show. Keyset paging ({@code shared.PagePosition}),
 * 20 a page.
 *
 * @param status legal status, or {@code null}
 * @param nationality ISO alpha-2 code of the nationality, or {@code null}
 * @param country ISO alpha-2 code of the country of the custody jurisdiction (custody in US-KS counts as US), or
 * {@code null}
 * @param caseId a case the defendant is accused in, or {@code null}
 * @param q case-insensitive part of the full name or of an alias, or {@code null}
 * @param sort the order; {@code null} means the default, by name
 */
public record DefendantListQuery(LegalStatus status, String nationality, String country, Long caseId, String q,
        Sort sort) implements ListQuery {

    public static final String PATH = "/defendants";

    public static final String STATUS = "status";

    public static final String NATIONALITY = "nationality";

    public static final String COUNTRY = "country";

    public static final String CASE = "case";

    public static final String TEXT = "q";

    /** Every parameter of the query, in the order {@link #toQueryString()} writes them. */
    public static final List<String> PARAMETERS = List.of(STATUS, NATIONALITY, COUNTRY, CASE, TEXT,
            ListSort.PARAMETER);

    static final int PAGE_SIZE = 20;

    static final int MAX_TEXT_LENGTH = 200;

    static final ListSort SORTS = new ListSort(Sort.by("name"), "name", "status");

    public DefendantListQuery {
        // ids are positive: any other case matches nothing, so it filters nothing
        caseId = (caseId != null && caseId > 0) ? caseId : null;
        sort = SORTS.restrict(sort);
    }

    /**
     * The query of the request: a value that means nothing (an unknown status, a malformed case id) is left out, an
     * unknown country or nationality is ignored with a notice.
     */
    static DefendantListQuery bind(ListRequest request, CountryFilter countries) {
        return request.bound(new DefendantListQuery(request.choice(STATUS, LegalStatus.class),
                countries.resolve(request, NATIONALITY, "unknownNationality"), countries.resolve(request, COUNTRY),
                request.id(CASE), request.text(TEXT, MAX_TEXT_LENGTH), request.sort(SORTS)));
    }

    /** Whether any filter narrows the list (the order is no filter). */
    boolean filtered() {
        return this.status != null || this.nationality != null || this.country != null || this.caseId != null
                || this.q != null;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String toQueryString() {
        return QueryString.create()
            .add(STATUS, this.status)
            .add(NATIONALITY, this.nationality)
            .add(COUNTRY, this.country)
            .add(CASE, this.caseId)
            .add(TEXT, this.q)
            .add(SORTS, this.sort)
            .toString();
    }

}
