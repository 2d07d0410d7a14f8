package org.takedown.raids;

import java.util.List;

/** Logs a raid of a case in its first status, together with the servers seized in it, all or nothing. */
record LogRaid(RaidDetails raid, RaidStatus status, List<RecordServer> servers) {

    LogRaid {
        servers = List.copyOf(servers);
    }

}
