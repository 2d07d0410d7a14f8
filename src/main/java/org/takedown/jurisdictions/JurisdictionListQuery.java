package org.takedown.jurisdictions;

import java.util.List;

import org.takedown.shared.ListQuery;
import org.takedown.shared.ListRequest;
import org.takedown.shared.ListSort;
import org.takedown.shared.QueryString;

import org.springframework.data.domain.Sort;

/**
 * The jurisdictions overview's query, {@code /jurisdictions?country=LV&q=lat&active=false&sort=servers,desc}: what the
 * page, its CSV export and a saved view show. Offset paging, 50 a page.
 *
 * @param country ISO alpha-2 code of the one country to show, or {@code null}
 * @param q text the country's name contains, any case, or {@code null}
 * @param active only countries with at least one raid, seized server or defendant in custody (the default)
 * @param sort the order; {@code null} means the default, by name
 */
public record JurisdictionListQuery(String country, String q, boolean active, Sort sort) implements ListQuery {

    public static final String PATH = "/jurisdictions";

    public static final String COUNTRY = "country";

    public static final String TEXT = "q";

    public static final String ACTIVE = "active";

    /**
     * Every parameter of the query, in the order {@link #toQueryString()} writes them, and {@code _active}, the
     * marker of the unticked "only with activity" box: without it the box reads as ticked.
     */
    public static final List<String> PARAMETERS = List.of(COUNTRY, TEXT, ACTIVE, "_" + ACTIVE, ListSort.PARAMETER);

    static final int PAGE_SIZE = 50;

    static final int MAX_TEXT_LENGTH = 100;

    static final ListSort SORTS = new ListSort(Sort.by("name"), "name", "code", "raids", "servers", "inCustody");

    public JurisdictionListQuery {
        sort = SORTS.restrict(sort);
    }

    /** The query of the request: an unknown country is ignored with a notice, a value that is no boolean is. */
    static JurisdictionListQuery bind(ListRequest request, CountryFilter countries) {
        return request.bound(new JurisdictionListQuery(countries.resolve(request, COUNTRY),
                request.text(TEXT, MAX_TEXT_LENGTH), request.flag(ACTIVE, true), request.sort(SORTS)));
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String toQueryString() {
        return QueryString.create()
            .add(COUNTRY, this.country)
            .add(TEXT, this.q)
            .add(ACTIVE, this.active ? null : false)
            .add(SORTS, this.sort)
            .toString();
    }

}
