package org.takedown.jurisdictions;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.RoundTrip;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jurisdictions and agencies written, flushed, evicted and read back from PostgreSQL have the values they were given.
 */
@IntegrationTest
@Transactional
class JurisdictionRoundTripTests {

    @Autowired
    EntityManager entityManager;

    RoundTrip roundTrip;

    @BeforeEach
    void roundTrip() {
        this.roundTrip = new RoundTrip(this.entityManager);
    }

    @Test
    void jurisdictionReadsWithItsParent() {
        Jurisdiction sdny = this.entityManager.find(Jurisdiction.class, "US-NYSD");
        assertThat(sdny.getName()).isEqualTo("Southern District of New York");
        assertThat(sdny.getKind()).isEqualTo(JurisdictionKind.FEDERAL_DISTRICT);
        assertThat(sdny.getCountryCode()).isEqualTo("US");
        assertThat(sdny.getParent().getCode()).isEqualTo("US-NY");
        assertThat(sdny.getParent().getParent().isCountry()).isTrue();
    }

    @Test
    void agencyRoundTrips() {
        Agency agency = this.roundTrip
            .persist(new Agency("State Police", "VP", AgencyKind.POLICE, this.roundTrip.country("LV")));
        Agency read = this.roundTrip.reread(Agency.class, agency.getId());
        assertThat(read.getName()).isEqualTo("State Police");
        assertThat(read.getAcronym()).isEqualTo("VP");
        assertThat(read.getKind()).isEqualTo(AgencyKind.POLICE);
        assertThat(read.getJurisdiction().getCode()).isEqualTo("LV");
    }

}
