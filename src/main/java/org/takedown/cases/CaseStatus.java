package org.takedown.cases;

import java.util.EnumSet;
import java.util.Set;

import org.takedown.shared.WorkflowStatus;

/**
 * Where a case stands. The workflow: an investigation becomes operational when action days are planned, goes to
 * prosecution once defendants are charged, and is closed at the end; a case may be suspended and resumed, and a
 * closed case may be reopened for investigation.
 */
public enum CaseStatus implements WorkflowStatus<CaseStatus> {

    INVESTIGATION, OPERATIONAL, PROSECUTION, SUSPENDED, CLOSED;

    @Override
    public Set<CaseStatus> next() {
        return switch (this) {
            case INVESTIGATION -> EnumSet.of(OPERATIONAL, PROSECUTION, SUSPENDED, CLOSED);
            case OPERATIONAL -> EnumSet.of(INVESTIGATION, PROSECUTION, SUSPENDED, CLOSED);
            case PROSECUTION -> EnumSet.of(OPERATIONAL, SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(INVESTIGATION, OPERATIONAL, PROSECUTION, CLOSED);
            case CLOSED -> EnumSet.of(INVESTIGATION);
        };
    }

    @Override
    public String labelKey() {
        return "case.status." + name();
    }

}
