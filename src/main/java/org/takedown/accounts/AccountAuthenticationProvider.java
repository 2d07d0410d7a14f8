package org.takedown.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs users in from the app_user table through {@link AccountService#signIn}, which checks the password, keeps the
 * lockout count and writes the audit entry of every attempt. The sign-in page shows the same message for every
 * failure.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;

    AccountAuthenticationProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() != null ? attempt.getCredentials().toString() : "";
        SignIn signIn = this.accounts.signIn(username, password);
        return switch (signIn.outcome()) {
            case SIGNED_IN -> signedIn(attempt, signIn);
            case LOCKED -> throw new LockedException("Account locked");
            case DISABLED -> throw new DisabledException("Account disabled");
            case WRONG_PASSWORD, UNKNOWN_USER -> throw new BadCredentialsException("Bad credentials");
        };
    }

    private static Authentication signedIn(Authentication attempt, SignIn signIn) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                attempt.getName(), null,
                signIn.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
        authentication.setDetails(attempt.getDetails());
        return authentication;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
