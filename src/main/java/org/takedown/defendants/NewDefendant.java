package org.takedown.defendants;

import java.time.LocalDate;

/**
 * Records a person accused in a case: who they are (the nationality a country's code), where they are held (any
 * jurisdiction's code; {@code null}: none) since when and where they were arrested, and their legal status as of
 * {@code statusSince}, the first entry of its history.
 */
public record NewDefendant(String fullName, String nationality, LocalDate dateOfBirth, String custodyJurisdiction,
        LocalDate arrestedOn, String arrestPlace, LegalStatus legalStatus, LocalDate statusSince) {

}
