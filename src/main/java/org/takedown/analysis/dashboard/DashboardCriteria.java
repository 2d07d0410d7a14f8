package org.takedown.analysis.dashboard;

import java.time.LocalDate;

/**
 * The dashboard's filters once checked: a {@code null} means "any". The date range bounds raids by their date and
 * seized servers by their seizure date, both ends included; defendants are filtered by case only.
 *
 * @param caseId the case, or {@code null} for every case
 * @param caseReference the case's reference, shown in the filter form
 * @param from first day of the range, or {@code null}
 * @param to last day of the range, or {@code null}
 */
record DashboardCriteria(Long caseId, String caseReference, LocalDate from, LocalDate to) {

    static final DashboardCriteria NONE = new DashboardCriteria(null, null, null, null);

    boolean hasCase() {
        return this.caseId != null;
    }

    boolean hasDates() {
        return this.from != null || this.to != null;
    }

    boolean isEmpty() {
        return !hasCase() && !hasDates();
    }

}
