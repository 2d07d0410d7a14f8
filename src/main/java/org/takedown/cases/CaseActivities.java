package org.takedown.cases;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.takedown.cases.CaseActivity.Column;

/**
 * The {@link CaseActivity activities} of every module put together into the pieces of SQL the case statements need,
 * always in the order of the list's columns, so that the same modules give the same statement.
 */
final class CaseActivities {

    private final Map<Column, CaseActivity> byColumn = new EnumMap<>(Column.class);

    CaseActivities(Collection<? extends CaseActivity> activities) {
        for (CaseActivity activity : activities) {
            CaseActivity other = this.byColumn.putIfAbsent(activity.column(), activity);
            if (other != null) {
                throw new IllegalStateException("Both %s and %s count the case list's %s".formatted(
                        other.getClass().getName(), activity.getClass().getName(), activity.column()));
            }
        }
    }

    /**
     * The select items of the list's counts, each named after its column ({@code raids}); a column no module counts
     * is 0.
     */
    String counts(String caseId) {
        StringBuilder items = new StringBuilder();
        for (Column column : Column.values()) {
            CaseActivity activity = this.byColumn.get(column);
            items.append(items.isEmpty() ? "" : ",\n")
                .append(activity == null ? "0" : activity.count(caseId))
                .append(" as ")
                .append(column.name().toLowerCase(Locale.ROOT));
        }
        return items.toString();
    }

    /** The condition: some activity of the case took place in the country; false when no activity has a place. */
    String inCountry(String caseId, String country) {
        List<String> conditions = each((activity) -> activity.inCountry(caseId, country));
        return conditions.isEmpty() ? "false" : "(" + String.join("\n or ", conditions) + ")";
    }

    /** The expression of the first day of any activity in the case, {@code null} without one. */
    String firstDay(String caseId) {
        List<String> days = each((activity) -> activity.firstDay(caseId));
        return days.isEmpty() ? "cast(null as date)" : "least(" + String.join(",\n ", days) + ")";
    }

    private List<String> each(Function<CaseActivity, Optional<String>> fragment) {
        return this.byColumn.values().stream().map(fragment).flatMap(Optional::stream).toList();
    }

}
