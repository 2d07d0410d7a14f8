package org.takedown.accounts;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the app_user table, refusing disabled and locked accounts. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    private final Clock clock;

    AccountUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = this.users.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
            .password(user.getPasswordHash())
            .disabled(!user.isEnabled())
            .accountLocked(user.isLockedAt(this.clock.instant()))
            .authorities(user.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
            .build();
    }

}
