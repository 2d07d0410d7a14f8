package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new defendant: who they are, their legal status as of a day, and, when created from a case page, their role in
 * that case since a day. {@code confirmed} says the user saw the likely duplicates and creates the record anyway.
 */
class NewDefendantForm {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    /** ISO alpha-2 code of a country, or empty. */
    @Size(max = 2)
    private String nationality;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    @NotNull
    private LegalStatus legalStatus;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate statusSince;

    /** The case the defendant is created in; empty when created from the defendant list. */
    private Long caseId;

    private CaseRole role;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    private boolean confirmed;

    /** A blank form: at large as of today, and in the case {@code caseId} (if any) as a suspect since today. */
    static NewDefendantForm blank(Long caseId, LocalDate today) {
        NewDefendantForm form = new NewDefendantForm();
        form.legalStatus = LegalStatus.AT_LARGE;
        form.statusSince = today;
        form.caseId = caseId;
        if (caseId != null) {
            form.role = CaseRole.SUSPECT;
            form.since = today;
        }
        return form;
    }

    NewDefendant toCommand() {
        return new NewDefendant(this.fullName, this.nationality, this.dateOfBirth, null, null, null, this.legalStatus,
                this.statusSince);
    }

    LinkToCase toLink() {
        return new LinkToCase(this.caseId, this.role, this.since);
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

    public LegalStatus getLegalStatus() {
        return this.legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public LocalDate getStatusSince() {
        return this.statusSince;
    }

    public void setStatusSince(LocalDate statusSince) {
        this.statusSince = statusSince;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public CaseRole getRole() {
        return this.role;
    }

    public void setRole(CaseRole role) {
        this.role = role;
    }

    public LocalDate getSince() {
        return this.since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public boolean isConfirmed() {
        return this.confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

}
