package org.takedown.raids;

import java.time.LocalDate;
import java.util.List;

import org.takedown.cases.CaseNotFoundException;
import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.ListQuery;
import org.takedown.shared.ListRequest;
import org.takedown.shared.ListSort;
import org.takedown.shared.QueryString;

import org.springframework.data.domain.Sort;

/**
 * The raid list's query, {@code /raids?country=LV&case=1&from=2020-01-01&to=2020-12-31&status=COMPLETED&sort=date,asc}:
 * what the page, its CSV export, a saved view and a dashboard link show. Keyset paging ({@code shared.PagePosition}),
 * 20 a page.
 *
 * @param country ISO alpha-2 code of the country of the raid's jurisdiction (a raid in US-KS is in the US), or
 * {@code null}
 * @param caseId the case, or {@code null}
 * @param from first raid date, as given, or {@code null}
 * @param to last raid date, as given, or {@code null}
 * @param status the raid's status, or {@code null}
 * @param sort the order; {@code null} means the default, newest first
 */
public record RaidListQuery(String country, Long caseId, LocalDate from, LocalDate to, RaidStatus status, Sort sort)
        implements ListQuery {

    public static final String PATH = "/raids";

    public static final String COUNTRY = "country";

    public static final String CASE = "case";

    public static final String FROM = "from";

    public static final String TO = "to";

    public static final String STATUS = "status";

    /** Every parameter of the query, in the order {@link #toQueryString()} writes them. */
    public static final List<String> PARAMETERS = List.of(COUNTRY, CASE, FROM, TO, STATUS, ListSort.PARAMETER);

    static final int PAGE_SIZE = 20;

    static final ListSort SORTS = new ListSort(Sort.by(Sort.Direction.DESC, "date"), "date", "country", "status");

    public RaidListQuery {
        sort = SORTS.restrict(sort);
    }

    /** The raid dates the list applies: none when the range ends before it starts. */
    public DateRange dates() {
        return DateRange.applied(this.from, this.to);
    }

    /**
     * The query of the request: an unknown case or country is ignored with a notice, a value that does not convert
     * and a range that ends before it starts are field errors and ignored.
     */
    static RaidListQuery bind(ListRequest request, CountryFilter countries, RaidService raids) {
        LocalDate from = request.date(FROM);
        LocalDate to = request.date(TO);
        request.checkRange(from, to, TO);
        return request.bound(new RaidListQuery(countries.resolve(request, COUNTRY), knownCase(request, raids), from,
                to, request.choice(STATUS, RaidStatus.class), request.sort(SORTS)));
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String toQueryString() {
        return QueryString.create()
            .add(COUNTRY, this.country)
            .add(CASE, this.caseId)
            .add(FROM, this.from)
            .add(TO, this.to)
            .add(STATUS, this.status)
            .add(SORTS, this.sort)
            .toString();
    }

    /**
     * The {@code ?case=} filter of the raid list and the server grid: a known case is noticed as {@code filterCase}
     * (the list names it); an unknown one is ignored and noticed as {@code unknownCase}, so that the list says so
     * instead of failing.
     */
    static Long knownCase(ListRequest request, RaidService raids) {
        Long caseId = request.id(CASE);
        if (caseId == null) {
            return null;
        }
        try {
            request.notice("filterCase", raids.enforcementCase(caseId));
            return caseId;
        }
        catch (CaseNotFoundException ex) {
            request.notice("unknownCase", String.valueOf(caseId));
            return null;
        }
    }

}
