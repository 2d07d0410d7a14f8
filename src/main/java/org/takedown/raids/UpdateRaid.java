package org.takedown.raids;

import java.util.List;

/**
 * Corrects a raid and its servers in one go; {@code version} is the version of the raid the user saw, and each row
 * carries the version of its server.
 */
record UpdateRaid(RaidDetails raid, long version, List<EditServer> servers) {

    UpdateRaid {
        servers = List.copyOf(servers);
    }

}
