package org.takedown.defendants;

/** Another name a defendant uses, where it was found and how sure we are of it. */
public record AddAlias(String alias, String source, AliasConfidence confidence) {

}
