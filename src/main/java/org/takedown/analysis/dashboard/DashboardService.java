package org.takedown.analysis.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.takedown.analysis.dashboard.DashboardData.CountryRow;
import org.takedown.analysis.dashboard.DashboardData.Figure;
import org.takedown.analysis.dashboard.DashboardData.Figures;
import org.takedown.analysis.dashboard.DashboardData.Lists;
import org.takedown.analysis.dashboard.DashboardData.MonthBar;
import org.takedown.analysis.dashboard.DashboardData.ServerStatuses;
import org.takedown.analysis.dashboard.DashboardData.Slice;
import org.takedown.analysis.dashboard.DashboardData.StatusSeries;
import org.takedown.analysis.dashboard.DashboardQueries.CaseRef;
import org.takedown.analysis.dashboard.DashboardQueries.CountryCounts;
import org.takedown.analysis.dashboard.DashboardQueries.CountryStatusCount;
import org.takedown.analysis.dashboard.DashboardQueries.MonthCount;
import org.takedown.analysis.dashboard.DashboardQueries.StatusCount;
import org.takedown.cases.CaseListQuery;
import org.takedown.defendants.DefendantListQuery;
import org.takedown.defendants.LegalStatus;
import org.takedown.raids.RaidListQuery;
import org.takedown.raids.ServerListQuery;
import org.takedown.raids.ServerStatus;
import org.takedown.shared.DateRangeFilter.DateRange;
import org.takedown.shared.ListQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks the dashboard's filters and puts its numbers together, each with the link to the list it counts: the link
 * carries exactly the filters the number was counted with, so the list shows as many rows as the number says.
 */
@Service
class DashboardService {

    static final int TOP_COUNTRIES = 10;

    /** Countries the page's table shows unless all are asked for; the map and the full table have the rest. */
    static final int TABLE_COUNTRIES = 15;

    static final int SUGGESTED_CASES = 25;

    private static final Pattern CASE_ID = Pattern.compile("[0-9]{1,18}");

    private static final Pattern CASE_REFERENCE = Pattern.compile("TKD-[0-9]{4}-[0-9]{4,12}");

    private static final int SHOWN_LENGTH = 24;

    private final DashboardQueries queries;

    private final MessageSource messages;

    DashboardService(DashboardQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /**
     * The filter as the dashboard applies it. A case that is malformed or unknown, a date that did not parse (already
     * in {@code errors}) or a range that ends before it starts is left out, with a message next to its field.
     */
    private DashboardCriteria criteria(DashboardFilter filter, Errors errors) {
        CaseRef enforcementCase = resolveCase(filter.getCase(), errors).orElse(null);
        DateRange dates = filter.dateRange(errors);
        return new DashboardCriteria(enforcementCase != null ? enforcementCase.id() : null,
                enforcementCase != null ? enforcementCase.reference() : null, dates.from(), dates.to());
    }

    private Optional<CaseRef> resolveCase(String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        Optional<CaseRef> found;
        if (CASE_ID.matcher(value).matches()) {
            found = this.queries.caseById(Long.parseLong(value));
        }
        else if (CASE_REFERENCE.matcher(value).matches()) {
            found = this.queries.caseByReference(value);
        }
        else {
            errors.rejectValue("case", "dashboard.filter.caseFormat");
            return Optional.empty();
        }
        if (found.isEmpty()) {
            String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
            errors.rejectValue("case", "dashboard.filter.unknownCase", new Object[] { shown }, null);
        }
        return found;
    }

    /**
     * What the page renders, in one transaction: the filter applied, the figures and the country table, and the cases
     * the case field suggests (the most recently opened ones; any other can be typed). The table holds the
     * {@link #TABLE_COUNTRIES} countries with most servers unless {@code allCountries}: the whole table of some 250
     * rows was most of the page's weight and rendering time.
     */
    @Transactional(readOnly = true)
    DashboardPage page(DashboardFilter filter, Errors errors, boolean allCountries, String contextPath,
            Locale locale) {
        DashboardCriteria criteria = criteria(filter, errors);
        DashboardData data = assemble(criteria, new Links(contextPath, criteria), locale, false);
        int countryTotal = data.countries().size();
        if (!allCountries && countryTotal > TABLE_COUNTRIES) {
            data = data.withCountries(data.countries().subList(0, TABLE_COUNTRIES));
        }
        return new DashboardPage(criteria, data, countryTotal, this.queries.recentCases(SUGGESTED_CASES));
    }

    /** Everything for the map and the charts: the figures, the countries and the charts' data. */
    @Transactional(readOnly = true)
    DashboardData data(DashboardFilter filter, Errors errors, String contextPath, Locale locale) {
        DashboardCriteria criteria = criteria(filter, errors);
        return assemble(criteria, new Links(contextPath, criteria), locale, true);
    }

    /** The page's model; {@code countryTotal} is the number of countries the table would have in full. */
    record DashboardPage(DashboardCriteria criteria, DashboardData data, int countryTotal,
            List<CaseRef> suggestedCases) {

        boolean isPartial() {
            return this.data.countries().size() < this.countryTotal;
        }

    }

    private DashboardData assemble(DashboardCriteria criteria, Links links, Locale locale, boolean charts) {
        List<CountryCounts> counts = this.queries.countries(criteria);
        List<StatusCount> legalCounts = this.queries.legalStatuses(criteria);
        List<CountryRow> countries = counts.stream()
            .map((c) -> new CountryRow(c.code(), c.name(), new Figure(c.servers(), links.servers(c.code(), null)),
                    new Figure(c.raids(), links.raids(c.code(), null, null)),
                    new Figure(c.defendants(), links.defendants(c.code(), null))))
            .toList();
        long servers = counts.stream().mapToLong(CountryCounts::servers).sum();
        long raids = counts.stream().mapToLong(CountryCounts::raids).sum();
        long defendants = legalCounts.stream().mapToLong(StatusCount::count).sum();
        long withServers = counts.stream().filter((c) -> c.servers() > 0).count();
        Figure cases = criteria.isEmpty() ? new Figure(this.queries.caseCount(), links.cases()) : null;
        Figures figures = new Figures(new Figure(servers, links.servers(null, null)),
                new Figure(raids, links.raids(null, null, null)), new Figure(defendants, links.defendants(null, null)),
                new Figure(withServers, "#countries"), cases);
        Lists lists = new Lists(links.servers(null, null), links.raids(null, null, null), links.defendants(null, null));
        DashboardData.Filter filter = new DashboardData.Filter(criteria.caseId(), criteria.caseReference(),
                criteria.from() != null ? criteria.from().toString() : null,
                criteria.to() != null ? criteria.to().toString() : null);
        if (!charts) {
            return new DashboardData(filter, figures, countries, lists, List.of(), null, legalStatuses(legalCounts,
                    links, locale));
        }
        return new DashboardData(filter, figures, countries, lists, months(this.queries.raidsPerMonth(criteria), links),
                serverStatuses(this.queries.serverStatuses(criteria, TOP_COUNTRIES), links, locale),
                legalStatuses(legalCounts, links, locale));
    }

    /** Every month from the first raid's to the last one's, empty months included, so the axis keeps its scale. */
    private static List<MonthBar> months(List<MonthCount> counts, Links links) {
        List<MonthBar> bars = new ArrayList<>();
        if (counts.isEmpty()) {
            return bars;
        }
        Map<LocalDate, Long> byMonth = new LinkedHashMap<>();
        counts.forEach((c) -> byMonth.put(c.month(), c.raids()));
        LocalDate last = counts.get(counts.size() - 1).month();
        for (LocalDate month = counts.get(0).month(); !month.isAfter(last); month = month.plusMonths(1)) {
            bars.add(new MonthBar(month.toString().substring(0, 7), new Figure(byMonth.getOrDefault(month, 0L),
                    links.raids(null, month, month.plusMonths(1).minusDays(1)))));
        }
        return bars;
    }

    private ServerStatuses serverStatuses(List<CountryStatusCount> counts, Links links, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> byCountryAndStatus = new LinkedHashMap<>();
        for (CountryStatusCount count : counts) {
            names.put(count.code(), count.name());
            totals.merge(count.code(), count.servers(), Long::sum);
            byCountryAndStatus.put(count.code() + ":" + count.status(), count.servers());
        }
        List<String> codes = totals.keySet()
            .stream()
            .sorted(Comparator.comparing((String code) -> -totals.get(code)).thenComparing(names::get))
            .toList();
        List<StatusSeries> series = new ArrayList<>();
        for (ServerStatus status : ServerStatus.values()) {
            List<Figure> figures = codes.stream()
                .map((code) -> new Figure(byCountryAndStatus.getOrDefault(code + ":" + status.name(), 0L),
                        links.servers(code, status)))
                .toList();
            if (figures.stream().anyMatch((figure) -> figure.count() > 0)) {
                series.add(new StatusSeries(status.name(), label("server.status." + status.name(), locale), figures));
            }
        }
        return new ServerStatuses(codes, codes.stream().map(names::get).toList(), series);
    }

    private List<Slice> legalStatuses(List<StatusCount> counts, Links links, Locale locale) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        counts.forEach((c) -> byStatus.put(c.status(), c.count()));
        List<Slice> slices = new ArrayList<>();
        for (LegalStatus status : LegalStatus.values()) {
            Long count = byStatus.get(status.name());
            if (count != null && count > 0) {
                slices.add(new Slice(status.name(), label("defendant.legalStatus." + status.name(), locale),
                        new Figure(count, links.defendants(null, status))));
            }
        }
        return slices;
    }

    private String label(String key, Locale locale) {
        return this.messages.getMessage(key, null, key, locale);
    }

    /** Links to the lists with the dashboard's filters, written by the lists' own query records. */
    record Links(String contextPath, DashboardCriteria criteria) {

        String servers(String country, ServerStatus status) {
            return href(new ServerListQuery(country, status, null, null, this.criteria.caseId(), this.criteria.from(),
                    this.criteria.to(), null));
        }

        /** The raid list; {@code from} and {@code to} narrow the dashboard's range further (a month of the chart). */
        String raids(String country, LocalDate from, LocalDate to) {
            return href(new RaidListQuery(country, this.criteria.caseId(),
                    latest(this.criteria.from(), from), earliest(this.criteria.to(), to), null, null));
        }

        /** The defendant list, which the dashboard filters by case only. */
        String defendants(String country, LegalStatus status) {
            return href(new DefendantListQuery(status, null, country, this.criteria.caseId(), null, null));
        }

        /** The case list, unfiltered: it has no case or date filter. */
        String cases() {
            return href(new CaseListQuery(null, null, null, null));
        }

        private String href(ListQuery query) {
            return this.contextPath + query.href();
        }

        private static LocalDate latest(LocalDate a, LocalDate b) {
            return a == null ? b : (b == null || a.isAfter(b)) ? a : b;
        }

        private static LocalDate earliest(LocalDate a, LocalDate b) {
            return a == null ? b : (b == null || a.isBefore(b)) ? a : b;
        }

    }

}
