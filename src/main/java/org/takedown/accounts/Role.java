package org.takedown.accounts;

/**
 * What a user may do. Each role includes the ones before it: an investigator can do everything an analyst can, a
 * prosecutor everything an investigator can, an administrator everything. docs/security.md has the full matrix.
 */
public enum Role {

    /** Reads everything and exports. */
    ANALYST,
    /** Also creates and edits cases, raids, servers and defendants' identities. */
    INVESTIGATOR,
    /** Also changes defendants' legal status, charges and extradition requests. */
    PROSECUTOR,
    /** Also manages users. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

}
