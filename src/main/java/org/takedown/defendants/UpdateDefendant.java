package org.takedown.defendants;

import java.time.LocalDate;

/**
 * Corrects who a defendant is and where they are held: the nationality a country's code, the custody any
 * jurisdiction's ({@code null}: none); {@code version} is the version of the defendant the user saw.
 */
record UpdateDefendant(String fullName, String nationality, LocalDate dateOfBirth, String custodyJurisdiction,
        LocalDate arrestedOn, String arrestPlace, long version) {

}
