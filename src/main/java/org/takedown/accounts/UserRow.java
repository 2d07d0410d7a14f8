package org.takedown.accounts;

import java.time.Instant;

/** One user as the CSV export of the user list writes it; {@code roles} space-separated, in alphabetical order. */
record UserRow(long id, String username, String displayName, String agency, String roles, boolean enabled,
        Instant lockedUntil, Instant lastLoginAt) {
}
