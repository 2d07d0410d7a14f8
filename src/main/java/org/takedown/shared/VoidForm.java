package org.takedown.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form that voids a record (a case, a raid, a charge, an extradition request): why, kept with the voided record
 * and shown on its page, and the version of the record the user saw.
 */
public class VoidForm {

    /** The length of the {@code void_reason} columns (V220, V230). */
    public static final int REASON_LENGTH = 1000;

    @NotBlank
    @Size(max = REASON_LENGTH)
    private String reason;

    private long version;

    public static VoidForm of(long version) {
        VoidForm form = new VoidForm();
        form.version = version;
        return form;
    }

    public String getReason() {
        return this.reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
