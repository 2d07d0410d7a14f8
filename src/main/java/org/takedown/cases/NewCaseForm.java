package org.takedown.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that opens a case: everything the edit form has, and the case's reference. */
class NewCaseForm extends CaseForm {

    /**
     * TKD, the year, and a number of at least four digits; the database checks the same pattern. Blank passes here
     * so that an empty field shows only "required".
     */
    static final String REFERENCE_PATTERN = "(TKD-[0-9]{4}-[0-9]{4,})?";

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = REFERENCE_PATTERN)
    private String reference;

    public String getReference() {
        return this.reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    OpenCase toOpenCase() {
        return new OpenCase(this.reference, getTitle(), getSummary(), getModusOperandi(), getLeadAgencyId(),
                getProsecutingOfficeId(), getOpenedOn());
    }

}
