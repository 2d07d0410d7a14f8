package org.takedown.jurisdictions;

import org.junit.jupiter.api.Test;
import org.takedown.shared.RuleViolations;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class AddAgencyTests {

    @Autowired
    JurisdictionService jurisdictions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAnAgencyInItsJurisdiction() {
        String name = "Test police " + System.nanoTime();

        Long id = this.jurisdictions.addAgency(new NewAgency(name, "TP", AgencyKind.POLICE, "us-nysd"));

        assertThat(this.jdbc.sql("select name || ' ' || acronym || ' ' || kind || ' ' || jurisdiction_code from agency"
                + " where id = ?").param(id).query(String.class).single())
            .isEqualTo(name + " TP POLICE US-NYSD");
    }

    @Test
    void refusesAnUnknownJurisdiction() {
        assertThatExceptionOfType(RuleViolations.class)
            .isThrownBy(() -> this.jurisdictions.addAgency(new NewAgency("Nowhere police", null, AgencyKind.POLICE,
                    "ZZ-99")))
            .satisfies((violations) -> assertThat(violations.violations())
                .singleElement()
                .satisfies((violation) -> {
                    assertThat(violation.field()).isEqualTo("jurisdictionCode");
                    assertThat(violation.code()).isEqualTo("agency.jurisdiction.unknown");
                }));
    }

}
