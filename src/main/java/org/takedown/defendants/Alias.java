package org.takedown.defendants;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A name a defendant is known by ("Raid", "Artist"), with where it comes from and how sure we are. */
@Entity
@Audited
@Table(name = "defendant_alias")
class Alias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;

    private String alias;

    private String source;

    @Enumerated(EnumType.STRING)
    private AliasConfidence confidence;

    protected Alias() {
    }

    /** Belongs from now on to {@code survivor}, the record this one's defendant was merged into. */
    void moveTo(Defendant survivor) {
        this.defendant = survivor;
    }

    Alias(Defendant defendant, String alias, String source, AliasConfidence confidence) {
        this.defendant = defendant;
        this.alias = alias;
        this.source = source;
        this.confidence = confidence;
    }

    public Long getId() {
        return this.id;
    }

    public Defendant getDefendant() {
        return this.defendant;
    }

    public String getAlias() {
        return this.alias;
    }

    public String getSource() {
        return this.source;
    }

    public AliasConfidence getConfidence() {
        return this.confidence;
    }

}
