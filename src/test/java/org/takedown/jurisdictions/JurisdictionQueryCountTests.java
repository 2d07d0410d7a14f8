package org.takedown.jurisdictions;

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
 * The jurisdictions overview costs the same number of SQL statements for 5 rows as for 500: the counts are counters
 * (the page of one jurisdiction: CountryPageQueryCountTests). Rows go into Tuvalu, where the demo case has nothing,
 * and are rolled back.
 */
@IntegrationTest
@Transactional
class JurisdictionQueryCountTests {

    private static final String COUNTRY = "TV";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void overviewCostsTheSameStatementsFor5And500ServersAndRaidsInACountry() {
        CountryActivityRows rows = CountryActivityRows.inNewCase(this.jdbc, COUNTRY);
        rows.add(5);
        int few = statements("/jurisdictions?size=50");
        int fewOne = statements("/jurisdictions?country=" + COUNTRY);
        rows.add(495);
        int many = statements("/jurisdictions?size=50");
        int manyOne = statements("/jurisdictions?country=" + COUNTRY);
        assertThat(many).isEqualTo(few);
        assertThat(manyOne).isEqualTo(fewOne);
        assertThat(few).isLessThanOrEqualTo(3);
    }

    private int statements(String uri) {
        // once to warm the caches (the country picker's list is read once and cached), then counted
        assertThat(this.mvc.get().uri(uri)).hasStatusOk();
        this.counter.reset();
        assertThat(this.mvc.get().uri(uri)).hasStatusOk();
        return this.counter.count();
    }

}
