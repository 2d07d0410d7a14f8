package org.takedown.raids;

import java.time.LocalDate;
import java.util.List;

/**
 * Logs a raid of a case in its first status, together with the servers seized in it, all or nothing. The first status
 * holds as of {@code statusSince}: the day the raid was planned, say; {@code null} (the raid form's) for the raid's
 * own day, or today for a raid still ahead.
 */
public record LogRaid(RaidDetails raid, RaidStatus status, List<RecordServer> servers, LocalDate statusSince) {

    public LogRaid {
        servers = List.copyOf(servers);
    }

    /** A raid logged as of its own day, or as of today for a raid still ahead: what the raid form logs. */
    public LogRaid(RaidDetails raid, RaidStatus status, List<RecordServer> servers) {
        this(raid, status, servers, null);
    }

}
