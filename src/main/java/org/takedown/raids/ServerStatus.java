package org.takedown.raids;

/** A server's life as evidence: found, seized, imaged, taken offline, returned to its owner, or back online. */
public enum ServerStatus {

    IDENTIFIED, SEIZED, IMAGED, OFFLINE, RETURNED, REAPPEARED

}
