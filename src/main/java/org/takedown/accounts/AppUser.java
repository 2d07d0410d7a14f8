package org.takedown.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.takedown.jurisdictions.Agency;

/** A person who signs in to Takedown. */
@Entity
@Table(name = "app_user")
class AppUser {

    /** Failed sign-ins in a row after which the account is locked. */
    static final int MAX_FAILED_ATTEMPTS = 5;

    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** What a user name may be (the same as the check ck_app_user_username_format of V50). */
    static final String USERNAME_FORMAT = "^[a-z0-9][a-z0-9._-]{1,49}$";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_FORMAT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private String passwordHash;

    private boolean enabled = true;

    // The sign-in bookkeeping is written only by AccountService's atomic statements: flushing this entity must not
    // put back what it read, which would undo a lock or a failure counted meanwhile.
    @Column(insertable = false, updatable = false)
    private int failedAttempts;

    @Column(insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(insertable = false, updatable = false)
    private Instant lastLoginAt;

    private Instant passwordChangedAt;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    AppUser(String username, String displayName, Agency agency, Set<Role> roles, String passwordHash, Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.agency = agency;
        this.roles.addAll(roles);
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    void update(String displayName, Agency agency, Set<Role> roles) {
        this.displayName = displayName;
        this.agency = agency;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** Whether some user could have this name; any other is an unknown user without asking the database. */
    static boolean isPossibleUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public boolean isLockedAt(Instant at) {
        return this.lockedUntil != null && this.lockedUntil.isAfter(at);
    }

    public Long getId() {
        return this.id;
    }

    public String getUsername() {
        return this.username;
    }

    public String getDisplayName() {
        return this.displayName;
    }

    public Agency getAgency() {
        return this.agency;
    }

    String getPasswordHash() {
        return this.passwordHash;
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public int getFailedAttempts() {
        return this.failedAttempts;
    }

    public Instant getLockedUntil() {
        return this.lockedUntil;
    }

    public Instant getLastLoginAt() {
        return this.lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return this.passwordChangedAt;
    }

    public long getVersion() {
        return this.version;
    }

    public Set<Role> getRoles() {
        return this.roles;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUser that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }

}
