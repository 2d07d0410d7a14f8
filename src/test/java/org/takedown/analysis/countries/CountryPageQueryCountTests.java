package org.takedown.analysis.countries;

import org.junit.jupiter.api.Test;
import org.takedown.support.CountryActivityRows;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of one jurisdiction costs the same number of SQL statements for 5 rows as for 500: counts are grouped in
 * SQL, sections are one statement each. Rows go into Tuvalu, where the demo case has nothing, and are rolled back.
 */
@IntegrationTest
@Transactional
class CountryPageQueryCountTests {

    private static final String COUNTRY = "TV";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void countryPageCostsTheSameStatementsFor5And500ServersAndRaids() {
        CountryActivityRows rows = CountryActivityRows.inNewCase(this.jdbc, COUNTRY);
        rows.add(5);
        int few = statements("/jurisdictions/" + COUNTRY);
        rows.add(495);
        int many = statements("/jurisdictions/" + COUNTRY);
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(10);
        assertThat(this.mvc.get().uri("/jurisdictions/" + COUNTRY)).bodyText().contains("(500)");
    }

    private int statements(String uri) {
        // once to warm the caches (the country picker's list is read once and cached), then counted
        assertThat(this.mvc.get().uri(uri)).hasStatusOk();
        this.counter.reset();
        assertThat(this.mvc.get().uri(uri)).hasStatusOk();
        return this.counter.count();
    }

}
