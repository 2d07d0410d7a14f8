package org.takedown.defendants;

import java.util.EnumSet;
import java.util.Set;

import org.takedown.shared.WorkflowStatus;

/**
 * Where a defendant stands with the law, as the prosecutor last recorded it. The statuses mix custody (arrested, in
 * custody, on bail, extradited) and proceedings (charged, convicted, acquitted, dismissed), so the workflow lets one
 * follow the other as they happen: a wanted person is arrested, held or bailed, extradited, charged and tried; anyone
 * held may escape or abscond (wanted again); a conviction may be overturned on appeal; dismissed charges may be
 * brought again. An acquittal is final.
 */
public enum LegalStatus implements WorkflowStatus<LegalStatus> {

    AT_LARGE, WANTED, ARRESTED, IN_CUSTODY, ON_BAIL, EXTRADITION_REQUESTED, EXTRADITED, CHARGED, CONVICTED, ACQUITTED,
    DISMISSED;

    @Override
    public Set<LegalStatus> next() {
        return switch (this) {
            case AT_LARGE -> EnumSet.of(WANTED, ARRESTED, CHARGED, DISMISSED);
            case WANTED -> EnumSet.of(ARRESTED, CHARGED, DISMISSED);
            case ARRESTED -> EnumSet.of(AT_LARGE, IN_CUSTODY, ON_BAIL, EXTRADITION_REQUESTED, CHARGED, DISMISSED);
            case IN_CUSTODY -> EnumSet.of(WANTED, ON_BAIL, EXTRADITION_REQUESTED, EXTRADITED, CHARGED, CONVICTED,
                    ACQUITTED, DISMISSED);
            case ON_BAIL -> EnumSet.of(WANTED, IN_CUSTODY, EXTRADITION_REQUESTED, CHARGED, CONVICTED, ACQUITTED,
                    DISMISSED);
            case EXTRADITION_REQUESTED -> EnumSet.of(AT_LARGE, IN_CUSTODY, ON_BAIL, EXTRADITED, DISMISSED);
            case EXTRADITED -> EnumSet.of(IN_CUSTODY, ON_BAIL, CHARGED, CONVICTED, ACQUITTED, DISMISSED);
            case CHARGED -> EnumSet.of(WANTED, ARRESTED, IN_CUSTODY, ON_BAIL, EXTRADITION_REQUESTED, CONVICTED,
                    ACQUITTED, DISMISSED);
            case CONVICTED -> EnumSet.of(ACQUITTED);
            case ACQUITTED -> EnumSet.noneOf(LegalStatus.class);
            case DISMISSED -> EnumSet.of(WANTED, CHARGED);
        };
    }

    /** Whether someone holds the defendant, so that a custody jurisdiction makes sense. */
    public boolean isDetained() {
        return this == ARRESTED || this == IN_CUSTODY || this == EXTRADITION_REQUESTED || this == EXTRADITED;
    }

    @Override
    public String labelKey() {
        return "defendant.legalStatus." + name();
    }

}
