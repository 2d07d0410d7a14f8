package org.takedown.accounts;

import java.util.Set;

/** The outcome of a sign-in attempt, and the roles of the user it signed in. */
record SignIn(Outcome outcome, Set<Role> roles) {

    enum Outcome {

        SIGNED_IN(null), WRONG_PASSWORD("wrong password"), UNKNOWN_USER("unknown user"), LOCKED("account locked"),
        DISABLED("account disabled");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** Why the attempt failed, as the audit log says it. */
        String reason() {
            return this.reason;
        }

    }

}
