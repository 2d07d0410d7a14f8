package org.takedown.defendants;

/** A case as the defendant pages offer it in selects. */
record CaseOption(Long id, String reference, String title) {

    public String getLabel() {
        return this.reference + " · " + this.title;
    }

}
