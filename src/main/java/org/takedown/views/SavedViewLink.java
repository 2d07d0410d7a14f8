package org.takedown.views;

/** One entry of a list's Views menu: the link opens the list with the view's filter. */
record SavedViewLink(Long id, String name, String owner, boolean shared, String href) {

}
