package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new extradition request: who asks whom, on what basis, since when. */
class ExtraditionForm {

    /** One of the defendant's cases, or empty. */
    private Long caseId;

    @NotBlank
    @Size(max = 16)
    private String requestingJurisdiction;

    @NotBlank
    @Size(max = 16)
    private String requestedJurisdiction;

    @NotBlank
    @Size(max = 300)
    private String legalBasis;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;

    RequestExtradition toCommand() {
        return new RequestExtradition(this.caseId, this.requestingJurisdiction, this.requestedJurisdiction,
                this.legalBasis, this.requestedOn);
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getRequestingJurisdiction() {
        return this.requestingJurisdiction;
    }

    public void setRequestingJurisdiction(String requestingJurisdiction) {
        this.requestingJurisdiction = requestingJurisdiction;
    }

    public String getRequestedJurisdiction() {
        return this.requestedJurisdiction;
    }

    public void setRequestedJurisdiction(String requestedJurisdiction) {
        this.requestedJurisdiction = requestedJurisdiction;
    }

    public String getLegalBasis() {
        return this.legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getRequestedOn() {
        return this.requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

}
