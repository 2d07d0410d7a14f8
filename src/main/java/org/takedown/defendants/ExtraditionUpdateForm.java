package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dates of an extradition request's proceedings (hearing, decision, surrender) and a note; its status changes
 * through the status form of its page.
 */
class ExtraditionUpdateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hearingOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate surrenderedOn;

    @Size(max = 4000)
    private String note;

    private long version;

    RecordExtraditionDates toCommand() {
        return new RecordExtraditionDates(this.hearingOn, this.decidedOn, this.surrenderedOn, this.note, this.version);
    }

    static ExtraditionUpdateForm of(ExtraditionRequest request) {
        ExtraditionUpdateForm form = new ExtraditionUpdateForm();
        form.hearingOn = request.getHearingOn();
        form.decidedOn = request.getDecidedOn();
        form.surrenderedOn = request.getSurrenderedOn();
        form.note = request.getNote();
        form.version = request.getVersion();
        return form;
    }

    public LocalDate getHearingOn() {
        return this.hearingOn;
    }

    public void setHearingOn(LocalDate hearingOn) {
        this.hearingOn = hearingOn;
    }

    public LocalDate getDecidedOn() {
        return this.decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getSurrenderedOn() {
        return this.surrenderedOn;
    }

    public void setSurrenderedOn(LocalDate surrenderedOn) {
        this.surrenderedOn = surrenderedOn;
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
