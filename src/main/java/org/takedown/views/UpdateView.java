package org.takedown.views;

/** Renames a view and shares or unshares it; {@code version} is the version of the view the form showed. */
record UpdateView(String name, boolean shared, long version) {

}
