package org.takedown.jurisdictions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * A country (ISO 3166-1 alpha-2 code) or a jurisdiction inside one (ISO 3166-2 subdivision such as {@code US-KS}, or a
 * federal judicial district). Reference data: seeded by migrations, identified by its code.
 */
@Entity
@Audited
public class Jurisdiction {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private JurisdictionKind kind;

    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Jurisdiction parent;

    protected Jurisdiction() {
    }

    public String getCode() {
        return this.code;
    }

    public String getName() {
        return this.name;
    }

    public JurisdictionKind getKind() {
        return this.kind;
    }

    /** The country this jurisdiction lies in; a country's own code for a country. */
    public String getCountryCode() {
        return this.countryCode;
    }

    public Jurisdiction getParent() {
        return this.parent;
    }

    public boolean isCountry() {
        return this.kind == JurisdictionKind.COUNTRY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Jurisdiction that && this.code != null && this.code.equals(that.getCode());
    }

    @Override
    public int hashCode() {
        return Jurisdiction.class.hashCode();
    }

    @Override
    public String toString() {
        return this.code;
    }

}
