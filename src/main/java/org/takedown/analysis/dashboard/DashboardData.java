package org.takedown.analysis.dashboard;

import java.util.List;

/**
 * What the dashboard shows for one filter, each number with the link to the list it counts. The page renders the
 * figures and the country table from it; {@code GET /dashboard/data} sends it as JSON to the map and the charts.
 *
 * @param filter the filter applied, as the lists take it
 * @param figures the summary figures
 * @param countries the countries with servers, raids or defendants in custody, most servers first (on the page
 *     possibly only the first of them)
 * @param lists each layer's list with the dashboard's filters, to which the map adds {@code country=}
 * @param raidsPerMonth raids per calendar month, every month from the first to the last with a raid
 * @param serverStatuses servers by status in the countries with most servers
 * @param legalStatuses defendants by legal status
 */
record DashboardData(Filter filter, Figures figures, List<CountryRow> countries, Lists lists,
        List<MonthBar> raidsPerMonth, ServerStatuses serverStatuses, List<Slice> legalStatuses) {

    DashboardData withCountries(List<CountryRow> shown) {
        return new DashboardData(this.filter, this.figures, shown, this.lists, this.raidsPerMonth,
                this.serverStatuses, this.legalStatuses);
    }

    /** The filter applied; {@code null} parts are not set. */
    record Filter(Long caseId, String caseReference, String from, String to) {
    }

    /** A number and the list that shows what it counts. */
    record Figure(long count, String link) {
    }

    /** The summary figures; {@code cases} only without filters, as the case list has no date or case filter. */
    record Figures(Figure servers, Figure raids, Figure defendants, Figure countries, Figure cases) {
    }

    /** One country of the table and the map: its counts and their lists. */
    record CountryRow(String code, String name, Figure servers, Figure raids, Figure defendants) {
    }

    /** The lists of the three map layers, filtered as the dashboard is. */
    record Lists(String servers, String raids, String defendants) {
    }

    /** Raids in one month ({@code 2020-08}). */
    record MonthBar(String month, Figure raids) {
    }

    /** A stacked bar chart: one series per server status, one bar per country. */
    record ServerStatuses(List<String> countryCodes, List<String> countryNames, List<StatusSeries> series) {
    }

    /** One status across the chart's countries, in the order of {@link ServerStatuses#countryCodes()}. */
    record StatusSeries(String status, String label, List<Figure> counts) {
    }

    /** One slice of a breakdown: a status, its label and its count. */
    record Slice(String status, String label, Figure count) {
    }

}
