package org.takedown.defendants;

import java.util.List;

/**
 * The cases the defendant list's case filter offers. {@code partial} when more than {@link #LIMIT} cases have
 * defendants: then only the chosen case is among the options, and the page says why.
 */
record CaseOptions(List<CaseOption> options, boolean partial) {

    /** The most cases the filter lists. */
    public static final int LIMIT = 1_000;

    public int getLimit() {
        return LIMIT;
    }

}
