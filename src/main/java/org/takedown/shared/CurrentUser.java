package org.takedown.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current change, for status histories and the audit trail: the signed-in user, or "system" for
 * work no person started (start-up, demo data).
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    public String name() {
        return nameOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public static String nameOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

}
