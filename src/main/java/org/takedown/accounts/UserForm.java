package org.takedown.accounts;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.takedown.shared.Untrimmed;

/** What an administrator enters for a user; the password only when creating one. */
class UserForm {

    /** Validation group of the fields that only creation sets: the user name is fixed afterwards. */
    interface Creation {

    }

    @NotBlank(groups = Creation.class)
    @Pattern(regexp = AppUser.USERNAME_FORMAT, message = "{account.username.format}", groups = Creation.class)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    private Long agencyId;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotBlank(groups = Creation.class)
    @Untrimmed
    private String password;

    private long version;

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.agencyId = user.getAgency() != null ? user.getAgency().getId() : null;
        form.roles = EnumSet.copyOf(user.getRoles().isEmpty() ? EnumSet.of(Role.ANALYST) : user.getRoles());
        form.version = user.getVersion();
        return form;
    }

    CreateUser toCreateUser() {
        return new CreateUser(this.username, this.displayName, this.agencyId, this.roles, this.password);
    }

    UpdateUser toUpdateUser() {
        return new UpdateUser(this.displayName, this.agencyId, this.roles, this.version);
    }

    public String getUsername() {
        return this.username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return this.displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getAgencyId() {
        return this.agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Set<Role> getRoles() {
        return this.roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
