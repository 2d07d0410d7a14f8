package org.takedown.raids;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A case as the raid and server lists read it: a row of {@code cases_case}, the view the cases module publishes to
 * other modules' queries (V130), so that a list joins the case's reference in the same statement (entity join
 * {@code join CaseOfRaid c on c.id = r.caseId}) without naming the cases module's table or entity. Read-only.
 */
@Entity
@Immutable
@Table(name = "cases_case")
class CaseOfRaid {

    @Id
    private Long id;

    private String reference;

    protected CaseOfRaid() {
    }

}
