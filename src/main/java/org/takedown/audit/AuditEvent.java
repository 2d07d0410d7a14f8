package org.takedown.audit;

/** Security-relevant events written to the append-only audit log. */
public enum AuditEvent {

    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCESS_DENIED, ACCOUNT_LOCKED, USER_CREATED, USER_UPDATED, USER_DISABLED,
    USER_ENABLED, USER_UNLOCKED, PASSWORD_RESET,

    /** A list exported as CSV: a bulk read, recorded with the list, the filter and the number of rows. */
    DATA_EXPORTED,

    /** Two defendant records found to be one person were merged: which into which, by whom. */
    DEFENDANTS_MERGED,

    /** A record of a case was voided (with a reason, kept on the record): its kind and id, by whom. */
    RECORD_VOIDED,

    /** An administrator restored a voided record: its kind and id. */
    RECORD_RESTORED

}
