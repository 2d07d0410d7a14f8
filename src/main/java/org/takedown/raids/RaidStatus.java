package org.takedown.raids;

import java.util.EnumSet;
import java.util.Set;

import org.takedown.shared.WorkflowStatus;

/**
 * An action day is planned, then under way, then completed or aborted. A planned raid may be aborted before it starts
 * and an aborted one planned again (rescheduled); a completed raid is final.
 */
public enum RaidStatus implements WorkflowStatus<RaidStatus> {

    PLANNED, UNDER_WAY, COMPLETED, ABORTED;

    @Override
    public Set<RaidStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(UNDER_WAY, COMPLETED, ABORTED);
            case UNDER_WAY -> EnumSet.of(COMPLETED, ABORTED);
            case COMPLETED -> EnumSet.noneOf(RaidStatus.class);
            case ABORTED -> EnumSet.of(PLANNED);
        };
    }

    /** Whether the raid has begun: such a status cannot take effect before the raid's own day. */
    public boolean hasBegun() {
        return this == UNDER_WAY || this == COMPLETED;
    }

    @Override
    public String labelKey() {
        return "raid.status." + name();
    }

}
