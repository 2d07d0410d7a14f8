package org.takedown.system;

import org.springframework.stereotype.Component;

/**
 * Who is making the current change, for status histories. Until sign-in exists every change is recorded as made by
 * "anonymous"; this is the one place that will read the signed-in user.
 */
@Component
public class CurrentUser {

    static final String ANONYMOUS = "anonymous";

    public String name() {
        return ANONYMOUS;
    }

}
