package org.takedown.defendants;

/** What a person is in a case: suspected, charged (a defendant), or a witness. */
public enum CaseRole {

    SUSPECT, DEFENDANT, WITNESS

}
