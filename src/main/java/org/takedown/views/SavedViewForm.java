package org.takedown.views;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Save current filter": the list and its query string (filled by views.js from the address bar, so that it is the
 * filter on screen even after htmx changed it), and the name and sharing the user chose.
 */
class SavedViewForm {

    private String list;

    /** Unbounded here on purpose: it is normalised first, and only what is left is measured. */
    private String query;

    @NotBlank
    @Size(max = 100)
    private String name;

    private boolean shared;

    SaveView toCommand() {
        return new SaveView(this.list, this.query, this.name, this.shared);
    }

    public String getList() {
        return this.list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getQuery() {
        return this.query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isShared() {
        return this.shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

}
