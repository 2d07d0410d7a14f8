package org.takedown.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the statement-count tests of the country pages: a case, and any number of raids, seized servers and
 * defendants held in one country, written in bulk. Callers roll them back ({@code @Transactional}).
 */
public final class CountryActivityRows {

    private final JdbcClient jdbc;

    private final String country;

    private final long caseId;

    private CountryActivityRows(JdbcClient jdbc, String country, long caseId) {
        this.jdbc = jdbc;
        this.country = country;
        this.caseId = caseId;
    }

    /** A new case led by a police force of {@code country}, to which {@link #add} attaches its rows. */
    public static CountryActivityRows inNewCase(JdbcClient jdbc, String country) {
        long agency = jdbc.sql("insert into agency (name, kind, jurisdiction_code) values (:name, 'POLICE', :country) "
                + "returning id").param("name", "Police of " + country).param("country", country)
            .query(Long.class)
            .single();
        long caseId = jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values ('TKD-1999-9001', 'Query count case', 'INVESTIGATION', 'For counting statements', :agency,
                        date '1999-01-01') returning id
                """).param("agency", agency).query(Long.class).single();
        return new CountryActivityRows(jdbc, country, caseId);
    }

    /** {@code n} raids in the country, one server seized in each, and a defendant held there for each. */
    public void add(int n) {
        this.jdbc.sql("""
                with raids as (
                    insert into raid (case_id, jurisdiction_code, status, raid_date, time_zone, legal_basis)
                    select :case, :country, 'COMPLETED', date '2000-01-01' + g, 'UTC', 'WARRANT'
                    from generate_series(1, :n) g
                    returning id
                )
                insert into seized_server (case_id, raid_id, country_code, hostname, role, status)
                select :case, id, :country, 'count-' || id || '.example', 'STORAGE', 'SEIZED' from raids
                """).param("case", this.caseId).param("country", this.country).param("n", n).update();
        this.jdbc.sql("""
                with people as (
                    insert into defendant (full_name, nationality_code, legal_status, custody_jurisdiction_code)
                    select 'Counted Defendant ' || g, :country, 'IN_CUSTODY', :country from generate_series(1, :n) g
                    returning id
                )
                insert into case_defendant (case_id, defendant_id, role, since)
                select :case, id, 'DEFENDANT', date '2000-01-01' from people
                """).param("case", this.caseId).param("country", this.country).param("n", n).update();
    }

}
