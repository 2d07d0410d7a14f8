package org.takedown.defendants;

/** Where a defendant stands with the law, as the prosecutor last recorded it. */
public enum LegalStatus {

    AT_LARGE, WANTED, ARRESTED, IN_CUSTODY, ON_BAIL, EXTRADITION_REQUESTED, EXTRADITED, CHARGED, CONVICTED, ACQUITTED,
    DISMISSED;

    /** Whether someone holds the defendant, so that a custody jurisdiction makes sense. */
    public boolean isDetained() {
        return this == ARRESTED || this == IN_CUSTODY || this == EXTRADITION_REQUESTED || this == EXTRADITED;
    }

}
