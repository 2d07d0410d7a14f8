package org.takedown.accounts;

import jakarta.validation.constraints.NotBlank;
import org.takedown.shared.Untrimmed;

/** A new password set by an administrator. */
class PasswordForm {

    /** As typed: a space at either end is part of the password. */
    @NotBlank
    @Untrimmed
    private String password;

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

}
