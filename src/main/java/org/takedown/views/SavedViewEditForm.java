package org.takedown.views;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renaming a view and sharing or unsharing it; the version guards against overwriting a change made meanwhile. */
class SavedViewEditForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    private boolean shared;

    private long version;

    static SavedViewEditForm of(SavedView view) {
        SavedViewEditForm form = new SavedViewEditForm();
        form.setName(view.getName());
        form.setShared(view.isShared());
        form.setVersion(view.getVersion());
        return form;
    }

    UpdateView toCommand() {
        return new UpdateView(this.name, this.shared, this.version);
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

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
