package org.takedown.defendants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of legal status, with the reason for the history. */
class StatusForm {

    @NotNull
    private LegalStatus status;

    @NotBlank
    @Size(max = 2000)
    private String note;

    private long version;

    static StatusForm of(Defendant defendant) {
        StatusForm form = new StatusForm();
        form.version = defendant.getVersion();
        return form;
    }

    public LegalStatus getStatus() {
        return this.status;
    }

    public void setStatus(LegalStatus status) {
        this.status = status;
    }

    public String getNote() {
        return this.note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
