package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Who the defendant is and where they are held: the edit form. */
class DefendantForm {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    /** ISO alpha-2 code of a country, or empty. */
    @Size(max = 2)
    private String nationality;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    /** Code of a country or a sub-national jurisdiction (CY, US-KS), or empty. */
    @Size(max = 16)
    private String custodyJurisdiction;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrestedOn;

    @Size(max = 200)
    private String arrestPlace;

    private long version;

    static DefendantForm of(Defendant defendant) {
        DefendantForm form = new DefendantForm();
        form.fullName = defendant.getFullName();
        form.nationality = defendant.getNationality() != null ? defendant.getNationality().getCode() : null;
        form.dateOfBirth = defendant.getDateOfBirth();
        form.custodyJurisdiction = defendant.getCustodyJurisdiction() != null
                ? defendant.getCustodyJurisdiction().getCode() : null;
        form.arrestedOn = defendant.getArrestedOn();
        form.arrestPlace = defendant.getArrestPlace();
        form.version = defendant.getVersion();
        return form;
    }

    UpdateDefendant toCommand() {
        return new UpdateDefendant(this.fullName, this.nationality, this.dateOfBirth, this.custodyJurisdiction,
                this.arrestedOn, this.arrestPlace, this.version);
    }

    public String getFullName() {
        return this.fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getNationality() {
        return this.nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public LocalDate getDateOfBirth() {
        return this.dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getCustodyJurisdiction() {
        return this.custodyJurisdiction;
    }

    public void setCustodyJurisdiction(String custodyJurisdiction) {
        this.custodyJurisdiction = custodyJurisdiction;
    }

    public LocalDate getArrestedOn() {
        return this.arrestedOn;
    }

    public void setArrestedOn(LocalDate arrestedOn) {
        this.arrestedOn = arrestedOn;
    }

    public String getArrestPlace() {
        return this.arrestPlace;
    }

    public void setArrestPlace(String arrestPlace) {
        this.arrestPlace = arrestPlace;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
