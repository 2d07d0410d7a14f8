package org.takedown.accounts;

import jakarta.validation.constraints.NotBlank;

/** A new password set by an administrator. */
class PasswordForm {

    @NotBlank
    private String password;

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

}
