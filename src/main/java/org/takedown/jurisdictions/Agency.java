package org.takedown.jurisdictions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A police force, customs service, prosecutor's office, court or international body. */
@Entity
@Audited
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String acronym;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_code")
    private Jurisdiction jurisdiction;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String name, String acronym, AgencyKind kind, Jurisdiction jurisdiction) {
        this.name = name;
        this.acronym = acronym;
        this.kind = kind;
        this.jurisdiction = jurisdiction;
    }

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getAcronym() {
        return this.acronym;
    }

    public AgencyKind getKind() {
        return this.kind;
    }

    public Jurisdiction getJurisdiction() {
        return this.jurisdiction;
    }

    public long getVersion() {
        return this.version;
    }

    /** The acronym where there is one, else the full name. */
    public String getShortName() {
        return this.acronym != null ? this.acronym : this.name;
    }

    /**
     * The agency as pickers show it, found by name, acronym or jurisdiction: "Homeland Security Investigations (HSI,
     * US)". Reads the jurisdiction: for agencies loaded with it ({@link JurisdictionService#agencies()},
     * {@link JurisdictionService#agencies(java.util.Collection)}).
     */
    public String getLabel() {
        return label(this.name, this.acronym, this.jurisdiction.getCode());
    }

    static String label(String name, String acronym, String jurisdictionCode) {
        return name + " (" + ((acronym != null) ? acronym + ", " + jurisdictionCode : jurisdictionCode) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Agency that && this.id != null && this.id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Agency.class.hashCode();
    }

}
