package org.takedown.defendants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Takes a defendant out of a case: why (kept with the voided link), and the defendant's version the user saw. */
class UnlinkForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    private long version;

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
