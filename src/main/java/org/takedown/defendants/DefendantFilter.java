package org.takedown.defendants;

/**
 * What the defendant list is filtered by; every part is optional ({@code null} = no filter).
 *
 * @param status legal status
 * @param nationality ISO alpha-2 code of the nationality
 * @param country ISO alpha-2 code of the country of the custody jurisdiction (custody in US-KS counts as US)
 * @param caseId a case the defendant is accused in
 * @param text case-insensitive part of the full name or of an alias
 */
public record DefendantFilter(LegalStatus status, String nationality, String country, Long caseId, String text) {

    public static DefendantFilter none() {
        return new DefendantFilter(null, null, null, null, null);
    }

}
