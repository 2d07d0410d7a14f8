package org.takedown.defendants;

import jakarta.validation.constraints.NotNull;

/** Merges the record {@code mergedId} into the one of the page; the versions of both that the user compared. */
class MergeForm {

    @NotNull
    private Long mergedId;

    private long survivorVersion;

    private long mergedVersion;

    public Long getMergedId() {
        return this.mergedId;
    }

    public void setMergedId(Long mergedId) {
        this.mergedId = mergedId;
    }

    public long getSurvivorVersion() {
        return this.survivorVersion;
    }

    public void setSurvivorVersion(long survivorVersion) {
        this.survivorVersion = survivorVersion;
    }

    public long getMergedVersion() {
        return this.mergedVersion;
    }

    public void setMergedVersion(long mergedVersion) {
        this.mergedVersion = mergedVersion;
    }

}
