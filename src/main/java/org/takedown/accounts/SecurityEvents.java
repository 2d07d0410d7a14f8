package org.takedown.accounts;

import org.takedown.audit.AuditEvent;
import org.takedown.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-out and access-denied events into audit log rows (sign-in attempts are recorded by
 * {@link AccountService#signIn}, in the transaction that decides them).
 */
@Component
class SecurityEvents {

    private final AuditLog auditLog;

    SecurityEvents(AuditLog auditLog) {
        this.auditLog = auditLog;
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
