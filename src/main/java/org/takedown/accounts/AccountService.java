package org.takedown.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.hibernate.Hibernate;
import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.shared.RuleViolations;
import org.takedown.shared.StorableText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: creating and changing them, and keeping track of their sign-ins and lockouts. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AppUserRepository users;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final AuditLog auditLog;

    private final Clock clock;

    private final JdbcClient jdbc;

    private final JurisdictionService jurisdictions;

    /** What a password given for an unknown user name is checked against. */
    private final String unknownUserHash;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog auditLog, Clock clock, JdbcClient jdbc, JurisdictionService jurisdictions) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("the password of a user who does not exist");
    }

    /**
     * A page of users by user name, with their agencies and roles loaded (the roles in one batched statement). The
     * list has no other order: a requested one is ignored, not a query on an arbitrary property.
     */
    Page<AppUser> list(Pageable pageable) {
        Page<AppUser> page = this.users
            .findAllByOrderByUsername(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        page.forEach((user) -> Hibernate.initialize(user.getRoles()));
        return page;
    }

    /**
     * Every user in the list's order (by user name), with agency and roles, one at a time to {@code sink} (for the
     * CSV export: one statement, roles aggregated in it).
     */
    void export(Consumer<? super UserRow> sink) {
        this.jdbc.sql("""
                select u.id, u.username, u.display_name, a.name as agency, u.enabled, u.locked_until, u.last_login_at,
                    (select string_agg(r.role, ' ' order by r.role) from app_user_role r where r.user_id = u.id) as roles
                from app_user u left join agency a on a.id = u.agency_id
                order by u.username, u.id""")
            .withFetchSize(1_000)
            .query((RowCallbackHandler) (rs) -> sink.accept(new UserRow(rs.getLong("id"), rs.getString("username"),
                    rs.getString("display_name"), rs.getString("agency"), rs.getString("roles"),
                    rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")),
                    instant(rs.getTimestamp("last_login_at")))));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp != null ? timestamp.toInstant() : null;
    }

    AppUser get(Long id) {
        return this.users.findWithAgencyById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    boolean exists(String username) {
        return this.users.existsByUsername(username);
    }

    long count() {
        return this.users.count();
    }

    /**
     * Creates a user.
     * @throws RuleViolations when the user name is taken, the agency unknown or the password breaks the policy
     */
    @Transactional
    AppUser create(CreateUser command, String createdBy) {
        RuleViolations.Collector violations = RuleViolations.collect();
        if (this.users.existsByUsername(command.username())) {
            violations.reject("username", "account.username.duplicate");
        }
        checkPassword(command.password(), command.username(), violations);
        Agency agency = agency(command.agencyId(), violations);
        violations.throwIfAny();
        AppUser user = this.users.save(new AppUser(command.username(), command.displayName(), agency,
                command.roles(), this.passwordEncoder.encode(command.password()), this.clock.instant()));
        this.auditLog.record(AuditEvent.USER_CREATED, createdBy,
                "user " + command.username() + " with roles " + command.roles());
        return user;
    }

    /**
     * Changes a user's shown name, agency and roles, unless someone else changed the user since the form was filled.
     * @throws RuleViolations when the agency is unknown
     */
    @Transactional
    void update(Long id, UpdateUser command, String updatedBy) {
        AppUser user = current(id, command.version());
        RuleViolations.Collector violations = RuleViolations.collect();
        Agency agency = agency(command.agencyId(), violations);
        violations.throwIfAny();
        user.update(command.displayName(), agency, command.roles());
        this.auditLog.record(AuditEvent.USER_UPDATED, updatedBy,
                "user " + user.getUsername() + " roles " + command.roles());
    }

    /** @throws RuleViolations when the password breaks the policy */
    @Transactional
    void resetPassword(Long id, String password, String resetBy) {
        AppUser user = get(id);
        RuleViolations.Collector violations = RuleViolations.collect();
        checkPassword(password, user.getUsername(), violations);
        violations.throwIfAny();
        user.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
        unlock(user);
        this.auditLog.record(AuditEvent.PASSWORD_RESET, resetBy, "user " + user.getUsername());
    }

    @Transactional
    void disable(Long id, String disabledBy) {
        AppUser user = get(id);
        user.disable();
        this.auditLog.record(AuditEvent.USER_DISABLED, disabledBy, "user " + user.getUsername());
    }

    @Transactional
    void enable(Long id, String enabledBy) {
        AppUser user = get(id);
        user.enable();
        this.auditLog.record(AuditEvent.USER_ENABLED, enabledBy, "user " + user.getUsername());
    }

    @Transactional
    void unlock(Long id, String unlockedBy) {
        AppUser user = get(id);
        unlock(user);
        this.auditLog.record(AuditEvent.USER_UNLOCKED, unlockedBy, "user " + user.getUsername());
    }

    /**
     * Checks a sign-in attempt and records its outcome and its audit entry in one transaction. The attempt is claimed
     * by one conditional update of the account's row before its password is checked: the update counts it as a
     * failure until the password proves otherwise, refuses a locked or disabled account (whose password is then not
     * checked at all), and holds the row's lock until the outcome is written. Attempts on one account therefore queue
     * in PostgreSQL, each seeing the outcome of the one before: however many arrive at once, no more than
     * {@value AppUser#MAX_FAILED_ATTEMPTS} wrong passwords are checked before the lock, and nothing is read, changed
     * and written back, so no attempt conflicts with another.
     */
    @Transactional
    SignIn signIn(String username, String password) {
        if (!AppUser.isPossibleUsername(username)) {
            return unknownUser(username, password);
        }
        Instant now = this.clock.instant();
        Optional<Claim> claim = this.jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1
                where username = :username and enabled and (locked_until is null or locked_until <= :now)
                returning id, password_hash, failed_attempts""")
            .param("username", username)
            .param("now", utc(now))
            .query((rs, row) -> new Claim(rs.getLong("id"), rs.getString("password_hash"),
                    rs.getInt("failed_attempts")))
            .optional();
        if (claim.isEmpty()) {
            return refused(username, password);
        }
        Claim attempt = claim.get();
        if (!this.passwordEncoder.matches(password, attempt.passwordHash())) {
            return wrongPassword(username, attempt, now);
        }
        this.jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
            .param("now", utc(now))
            .param("id", attempt.id())
            .update();
        this.auditLog.record(AuditEvent.SIGN_IN, username, null);
        return new SignIn(SignIn.Outcome.SIGNED_IN, roles(attempt.id()));
    }

    private SignIn wrongPassword(String username, Claim attempt, Instant now) {
        this.auditLog.record(AuditEvent.SIGN_IN_FAILED, username, SignIn.Outcome.WRONG_PASSWORD.reason());
        if (attempt.failedAttempts() >= AppUser.MAX_FAILED_ATTEMPTS) {
            Instant lockedUntil = now.plus(AppUser.LOCK_DURATION);
            // the claim's row lock is still held: nothing has changed the row since it was counted
            this.jdbc.sql("update app_user set failed_attempts = 0, locked_until = :lockedUntil where id = :id")
                .param("lockedUntil", utc(lockedUntil))
                .param("id", attempt.id())
                .update();
            this.auditLog.record(AuditEvent.ACCOUNT_LOCKED, username, "locked until " + lockedUntil + " after "
                    + AppUser.MAX_FAILED_ATTEMPTS + " failed sign-ins");
        }
        return new SignIn(SignIn.Outcome.WRONG_PASSWORD, Set.of());
    }

    /** An attempt the claim refused: no such user, or a disabled or locked account. */
    private SignIn refused(String username, String password) {
        Optional<Boolean> enabled = this.jdbc.sql("select enabled from app_user where username = :username")
            .param("username", username)
            .query(Boolean.class)
            .optional();
        if (enabled.isEmpty()) {
            return unknownUser(username, password);
        }
        SignIn.Outcome outcome = enabled.get() ? SignIn.Outcome.LOCKED : SignIn.Outcome.DISABLED;
        this.auditLog.record(AuditEvent.SIGN_IN_FAILED, username, outcome.reason());
        return new SignIn(outcome, Set.of());
    }

    private SignIn unknownUser(String username, String password) {
        // as long as for a user who exists, so that the time taken does not tell which names exist
        this.passwordEncoder.matches(password, this.unknownUserHash);
        // whatever was typed is recorded, but for the characters that cannot be stored
        this.auditLog.record(AuditEvent.SIGN_IN_FAILED, StorableText.replacingUnstorable(username),
                SignIn.Outcome.UNKNOWN_USER.reason());
        return new SignIn(SignIn.Outcome.UNKNOWN_USER, Set.of());
    }

    private Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(this.jdbc.sql("select role from app_user_role where user_id = :id")
            .param("id", userId)
            .query((rs, row) -> Role.valueOf(rs.getString("role")))
            .list());
        return roles;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Claim(long id, String passwordHash, int failedAttempts) {
    }

    /** The sign-in bookkeeping is written by statements, not by flushing the entity (see {@link AppUser}). */
    private void unlock(AppUser user) {
        this.jdbc.sql("""
                update app_user set failed_attempts = 0, locked_until = null
                where id = :id and (failed_attempts > 0 or locked_until is not null)""")
            .param("id", user.getId())
            .update();
    }

    Optional<AppUser> findByUsername(String username) {
        return this.users.findByUsername(username);
    }

    private AppUser current(Long id, long version) {
        AppUser user = get(id);
        if (user.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        return user;
    }

    private void checkPassword(String password, String username, RuleViolations.Collector violations) {
        this.passwordPolicy.violation(password, username)
            .ifPresent((violation) -> violations.reject("password", violation));
    }

    /** The user's agency, which must exist; none for {@code null}. */
    private Agency agency(Long agencyId, RuleViolations.Collector violations) {
        if (agencyId == null) {
            return null;
        }
        Optional<Agency> agency = this.jurisdictions.agencies()
            .stream()
            .filter((candidate) -> candidate.getId().equals(agencyId))
            .findFirst();
        if (agency.isEmpty()) {
            violations.reject("agencyId", "account.agency.unknown");
        }
        return agency.orElse(null);
    }

}
