package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A charge: new (with its case) or edited (the case stays). */
class ChargeForm {

    /** Validation group of what only a new charge has: its case, which is fixed afterwards. */
    interface New {

    }

    /** One of the defendant's cases; only read when the charge is new. */
    @NotNull(groups = New.class)
    private Long caseId;

    @NotBlank
    @Size(max = 200)
    private String statute;

    @NotBlank
    @Size(max = 4000)
    private String description;

    @NotNull
    @Positive
    @Max(100000)
    private Integer counts;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;

    @NotNull
    private ChargeDisposition disposition;

    private long version;

    static ChargeForm blank() {
        ChargeForm form = new ChargeForm();
        form.counts = 1;
        form.disposition = ChargeDisposition.PENDING;
        return form;
    }

    static ChargeForm of(Charge charge) {
        ChargeForm form = new ChargeForm();
        form.caseId = charge.getCaseId();
        form.statute = charge.getStatute();
        form.description = charge.getDescription();
        form.counts = charge.getCounts();
        form.filedOn = charge.getFiledOn();
        form.disposition = charge.getDisposition();
        form.version = charge.getVersion();
        return form;
    }

    ChargeDefendant toChargeDefendant() {
        return new ChargeDefendant(this.caseId, this.statute, this.description, this.counts, this.filedOn,
                this.disposition);
    }

    UpdateCharge toUpdateCharge() {
        return new UpdateCharge(this.statute, this.description, this.counts, this.filedOn, this.disposition,
                this.version);
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getStatute() {
        return this.statute;
    }

    public void setStatute(String statute) {
        this.statute = statute;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getCounts() {
        return this.counts;
    }

    public void setCounts(Integer counts) {
        this.counts = counts;
    }

    public LocalDate getFiledOn() {
        return this.filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public ChargeDisposition getDisposition() {
        return this.disposition;
    }

    public void setDisposition(ChargeDisposition disposition) {
        this.disposition = disposition;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
