package org.takedown.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Moves a case along its workflow; the closing date matters only when it is being closed. */
class CaseStatusForm {

    @NotNull
    private CaseStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    @Size(max = 2000)
    private String note;

    private long version;

    static CaseStatusForm of(EnforcementCase enforcementCase) {
        CaseStatusForm form = new CaseStatusForm();
        form.setVersion(enforcementCase.getVersion());
        return form;
    }

    public CaseStatus getStatus() {
        return this.status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public LocalDate getClosedOn() {
        return this.closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
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
