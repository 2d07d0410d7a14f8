package org.takedown.views;

/**
 * Saves the filter of a list under a name: the list's key ({@code servers}), its query string as the address bar had
 * it, the name, and whether everyone signed in may open it.
 */
record SaveView(String list, String query, String name, boolean shared) {

}
