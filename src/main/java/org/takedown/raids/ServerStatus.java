package org.takedown.raids;

import java.util.EnumSet;
import java.util.Set;

import org.takedown.shared.WorkflowStatus;

/**
 * A server's life as evidence: found (identified), then seized, or taken offline (by its provider, without a seizure,
 * or for good after one); a seized server is imaged and in the end returned to its owner or kept offline; a server
 * that was offline or returned may come back online (reappeared) and be seized or taken offline again.
 */
public enum ServerStatus implements WorkflowStatus<ServerStatus> {

    IDENTIFIED, SEIZED, IMAGED, OFFLINE, RETURNED, REAPPEARED;

    @Override
    public Set<ServerStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(SEIZED, OFFLINE);
            case SEIZED -> EnumSet.of(IMAGED, OFFLINE, RETURNED);
            case IMAGED -> EnumSet.of(OFFLINE, RETURNED);
            case OFFLINE -> EnumSet.of(SEIZED, RETURNED, REAPPEARED);
            case RETURNED -> EnumSet.of(REAPPEARED);
            case REAPPEARED -> EnumSet.of(SEIZED, OFFLINE);
        };
    }

    @Override
    public String labelKey() {
        return "server.status." + name();
    }

}
