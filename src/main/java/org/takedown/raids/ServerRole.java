package org.takedown.raids;

/** What a server did for the piracy group. */
public enum ServerRole {

    DISTRIBUTION, STORAGE, ENCODING, INDEXER, SEEDBOX, WEB_FRONT, DATABASE, PROXY, OTHER

}
