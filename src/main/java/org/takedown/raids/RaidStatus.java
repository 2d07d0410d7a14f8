package org.takedown.raids;

/** An action day is planned before it happens, then under way, then completed or aborted. */
public enum RaidStatus {

    PLANNED, UNDER_WAY, COMPLETED, ABORTED

}
