package org.takedown.raids;

import java.time.LocalDate;
import java.util.List;

import org.takedown.jurisdictions.CountryFilter;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.ListQuery;
import org.takedown.shared.ListRequest;
import org.takedown.shared.ListSort;
import org.takedown.shared.QueryString;

import org.springframework.data.domain.Sort;

/**
 * The seized-server grid's query,
 * {@code /servers?country=LV&status=IMAGED&role=STORAGE&provider=baltic&case=1&from=...&to=...&sort=hostname,asc}: what
 * the grid, its CSV export, a saved view and a dashboard link show. 50 a page by default, counted up to 1,000
 * matches unless the counters answer ({@code RaidQueries#serverTotal}); every order pages by keyset
 * ({@code shared.PagePosition}), so a page costs the same however deep it is.
 *
 * @param country ISO alpha-2 code of the country the server is in, or {@code null}
 * @param status the server's status, or {@code null}
 * @param role the server's role, or {@code null}
 * @param provider the start of the hosting provider's name, any case, or {@code null}
 * @param caseId the case, or {@code null}
 * @param from first seizure date, as given, or {@code null}
 * @param to last seizure date, as given, or {@code null}
 * @param sort the order; {@code null} means the default, newest first
 */
public record ServerListQuery(String country, ServerStatus status, ServerRole role, String provider, Long caseId,
        LocalDate from, LocalDate to, Sort sort) implements ListQuery {

    public static final String PATH = "/servers";

    public static final String COUNTRY = "country";

    public static final String STATUS = "status";

    public static final String ROLE = "role";

    public static final String PROVIDER = "provider";

    public static final String CASE = RaidListQuery.CASE;

    public static final String FROM = "from";

    public static final String TO = "to";

    /** Every parameter of the query, in the order {@link #toQueryString()} writes them. */
    public static final List<String> PARAMETERS = List.of(COUNTRY, STATUS, ROLE, PROVIDER, CASE, FROM, TO,
            ListSort.PARAMETER);

    static final int PAGE_SIZE = 50;

    static final int MAX_PROVIDER_LENGTH = 200;

    /** Each property has an index on (key, id) and one on (country, key, id): {@code RaidQueries#SERVER_KEYS}. */
    static final ListSort SORTS = new ListSort(Sort.by(Sort.Direction.DESC, "id"), "hostname", "country", "status",
            "role", "provider", "seized", "id");

    public ServerListQuery {
        sort = SORTS.restrict(sort);
    }

    /** The seizure dates the grid applies: none when the range ends before it starts. */
    public DateRange dates() {
        return DateRange.applied(this.from, this.to);
    }

    /**
     * The query of the request: an unknown case or country is ignored with a notice, a value that does not convert,
     * an over-long provider and a range that ends before it starts are field errors and ignored.
     */
    static ServerListQuery bind(ListRequest request, CountryFilter countries, RaidService raids) {
        String provider = request.text(PROVIDER);
        if (provider != null && provider.length() > MAX_PROVIDER_LENGTH) {
            request.reject(PROVIDER, "server.filter.providerTooLong");
            provider = null;
        }
        LocalDate from = request.date(FROM);
        LocalDate to = request.date(TO);
        request.checkRange(from, to, TO);
        return request.bound(new ServerListQuery(countries.resolve(request, COUNTRY),
                request.choice(STATUS, ServerStatus.class), request.choice(ROLE, ServerRole.class), provider,
                RaidListQuery.knownCase(request, raids), from, to, request.sort(SORTS)));
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String toQueryString() {
        return QueryString.create()
            .add(COUNTRY, this.country)
            .add(STATUS, this.status)
            .add(ROLE, this.role)
            .add(PROVIDER, this.provider)
            .add(CASE, this.caseId)
            .add(FROM, this.from)
            .add(TO, this.to)
            .add(SORTS, this.sort)
            .toString();
    }

}
