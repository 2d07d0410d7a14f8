package org.takedown.raids;

import java.util.List;

/** What logging a raid created: the raid's id and its servers' ids, in the order of the command's servers. */
public record LoggedRaid(Long id, List<Long> serverIds) {

    public LoggedRaid {
        serverIds = List.copyOf(serverIds);
    }

}
