package org.takedown.views;

import java.util.List;

/**
 * What a list's Views menu shows: the user's own views of the list, then those others shared, and the current query
 * for the "save current filter" form (views.js replaces it with the address bar's, which htmx keeps current).
 */
record ViewsMenu(String list, List<SavedViewLink> mine, List<SavedViewLink> shared, String currentQuery,
        String currentHref) {

    /** Whether the page shows exactly this view's filter, as it does after opening it. */
    public boolean isCurrent(SavedViewLink view) {
        return view.href().equals(this.currentHref);
    }

}
