package org.takedown.defendants;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A case as the defendant list's case filter reads it: a row of {@code cases_case}, the view the cases module publishes
 * to other modules' queries (V130), so that the filter's options come in one statement without naming the cases
 * module's table or entity. Read-only.
 */
@Entity
@Immutable
@Table(name = "cases_case")
class CaseOfDefendant {

    @Id
    private Long id;

    private String reference;

    private String title;

    protected CaseOfDefendant() {
    }

}
