package org.takedown.defendants;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A defendant's place in a case: which case (by id, cases being another module's aggregate), in what role, and since
 * when. Part of the defendant's aggregate ({@link Defendant#addToCase}); one link per case and defendant.
 */
@Entity
@Audited
@IdClass(CaseDefendant.Key.class)
@Table(name = "case_defendant")
class CaseDefendant {

    @Id
    private Long caseId;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    @Enumerated(EnumType.STRING)
    private CaseRole role;

    private LocalDate since;

    protected CaseDefendant() {
    }

    CaseDefendant(Long caseId, Defendant defendant, CaseRole role, LocalDate since) {
        this.caseId = caseId;
        this.defendant = defendant;
        this.role = role;
        this.since = since;
    }

    public Long getCaseId() {
        return this.caseId;
    }

    public Defendant getDefendant() {
        return this.defendant;
    }

    public CaseRole getRole() {
        return this.role;
    }

    public LocalDate getSince() {
        return this.since;
    }

    /** The identity of a link: the case's id and the defendant's. */
    public static class Key implements Serializable {

        private Long caseId;

        private Long defendant;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(this.caseId, that.caseId)
                    && Objects.equals(this.defendant, that.defendant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(this.caseId, this.defendant);
        }

    }

}
