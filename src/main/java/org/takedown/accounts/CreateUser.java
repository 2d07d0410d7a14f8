package org.takedown.accounts;

import java.util.Set;

/** A new user: the name they sign in with, the name shown, their agency (or {@code null}), roles and password. */
record CreateUser(String username, String displayName, Long agencyId, Set<Role> roles, String password) {

    CreateUser {
        roles = Set.copyOf(roles);
    }

}
