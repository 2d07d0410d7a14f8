package org.takedown.defendants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** Places an existing defendant in a case: who, in what role, since when. */
class LinkForm {

    @NotNull
    private Long defendantId;

    /** Only to hold the rules broken about the case (unknown, already linked); the case is the one of the URL. */
    private Long caseId;

    @NotNull
    private CaseRole role;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    static LinkForm blank(LocalDate today) {
        LinkForm form = new LinkForm();
        form.role = CaseRole.SUSPECT;
        form.since = today;
        return form;
    }

    LinkToCase toCommand(Long caseId) {
        return new LinkToCase(caseId, this.role, this.since);
    }

    public Long getDefendantId() {
        return this.defendantId;
    }

    public void setDefendantId(Long defendantId) {
        this.defendantId = defendantId;
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

}
