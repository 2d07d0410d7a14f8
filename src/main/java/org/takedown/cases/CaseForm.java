package org.takedown.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the edit form of a case changes; {@link NewCaseForm} adds the reference, which is fixed once the case exists. */
class CaseForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 20000)
    private String summary;

    @Size(max = 20000)
    private String modusOperandi;

    @NotNull
    private Long leadAgencyId;

    private Long prosecutingOfficeId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    /** The version of the case the form was filled from, so that a stale form cannot overwrite a newer save. */
    private long version;

    static CaseForm of(EnforcementCase enforcementCase) {
        CaseForm form = new CaseForm();
        form.setTitle(enforcementCase.getTitle());
        form.setSummary(enforcementCase.getSummary());
        form.setModusOperandi(enforcementCase.getModusOperandi());
        form.setLeadAgencyId(enforcementCase.getLeadAgency().getId());
        form.setProsecutingOfficeId(
                enforcementCase.getProsecutingOffice() != null ? enforcementCase.getProsecutingOffice().getId() : null);
        form.setOpenedOn(enforcementCase.getOpenedOn());
        form.setVersion(enforcementCase.getVersion());
        return form;
    }

    UpdateCase toUpdateCase() {
        return new UpdateCase(this.title, this.summary, this.modusOperandi, this.leadAgencyId,
                this.prosecutingOfficeId, this.openedOn, this.version);
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getModusOperandi() {
        return this.modusOperandi;
    }

    public void setModusOperandi(String modusOperandi) {
        this.modusOperandi = modusOperandi;
    }

    public Long getLeadAgencyId() {
        return this.leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public Long getProsecutingOfficeId() {
        return this.prosecutingOfficeId;
    }

    public void setProsecutingOfficeId(Long prosecutingOfficeId) {
        this.prosecutingOfficeId = prosecutingOfficeId;
    }

    public LocalDate getOpenedOn() {
        return this.openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
