package org.takedown.analysis.countries;

import org.junit.jupiter.api.Test;
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
        long caseId = newCase();
        add(caseId, 5);
        int few = statements("/jurisdictions/" + COUNTRY);
        add(caseId, 495);
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

    private long newCase() {
        long agency = this.jdbc
            .sql("insert into agency (name, kind, jurisdiction_code) values ('Tuvalu Police Force', 'POLICE', 'TV') "
                    + "returning id")
            .query(Long.class)
            .single();
        return this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values ('TKD-1999-9001', 'Query count case', 'INVESTIGATION', 'For counting statements', :agency,
                        date '1999-01-01') returning id
                """).param("agency", agency).query(Long.class).single();
    }

    /** {@code n} raids in the country, one server seized in each, and a defendant held there for each. */
    private void add(long caseId, int n) {
        this.jdbc.sql("""
                with raids as (
                    insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                    select :case, :country, 'COMPLETED', date '2000-01-01' + g, 'Pacific/Funafuti', 'WARRANT'
                    from generate_series(1, :n) g
                    returning id
                )
                insert into seized_server (case_id, raid_id, country_code, hostname, role, status)
                select :case, id, :country, 'count-' || id || '.example', 'STORAGE', 'SEIZED' from raids
                """).param("case", caseId).param("country", COUNTRY).param("n", n).update();
        this.jdbc.sql("""
                with people as (
                    insert into defendant (full_name, nationality_code, legal_status, custody_jurisdiction_code)
                    select 'Counted Defendant ' || g, :country, 'IN_CUSTODY', :country from generate_series(1, :n) g
                    returning id
                )
                insert into case_defendant (case_id, defendant_id, role, since)
                select :case, id, 'DEFENDANT', date '2020-08-25' from people
                """).param("case", caseId).param("country", COUNTRY).param("n", n).update();
    }

}
