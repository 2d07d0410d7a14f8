package org.takedown.accounts;

import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns Spring Security's events into lockout bookkeeping and audit log rows. */
@Component
class SignInEvents {

    private final AccountService accounts;

    private final AuditLog auditLog;

    SignInEvents(AccountService accounts, AuditLog auditLog) {
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        this.accounts.recordSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            this.accounts.recordFailedSignIn(event.getAuthentication().getName(), reason);
        }
        else {
            this.auditLog.record(AuditEvent.SIGN_IN_FAILED, event.getAuthentication().getName(), reason);
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        this.auditLog.record(AuditEvent.SIGN_OUT, event.getAuthentication().getName(), null);
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        String username = authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : authentication.getName();
        this.auditLog.record(AuditEvent.ACCESS_DENIED, username, null);
    }

}
