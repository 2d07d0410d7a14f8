package org.takedown.accounts;

import java.util.Set;

/** Changes a user's shown name, agency and roles; {@code version} is the version of the user the form showed. */
record UpdateUser(String displayName, Long agencyId, Set<Role> roles, long version) {

    UpdateUser {
        roles = Set.copyOf(roles);
    }

}
