package org.takedown.defendants;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds defendants and what hangs off them straight in the database, for tests ("object mother"). */
final class DefendantFixtures {

    private final JdbcClient jdbc;

    DefendantFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A short tag that makes names unique across test runs against the shared database. */
    static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long sparksCaseId() {
        return this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    /** A new case opened on the given day, with a unique reference. */
    long newCase(String title, LocalDate openedOn) {
        String reference = "TKD-9999-" + (100000 + (long) (Math.random() * 899999));
        long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
        return this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (?, ?, 'INVESTIGATION', 'Test case', ?, ?) returning id""")
            .params(reference, title, agency, openedOn)
            .query(Long.class)
            .single();
    }

    long defendant(String fullName, String legalStatus, String nationality, String custody) {
        long id = this.jdbc.sql("""
                insert into defendant (full_name, legal_status, nationality_code, custody_jurisdiction_code)
                values (?, ?, ?, ?) returning id""")
            .params(fullName, legalStatus, nationality, custody)
            .query(Long.class)
            .single();
        this.jdbc.sql("""
                insert into defendant_status_change (defendant_id, from_status, to_status, effective_on, recorded_at,
                                                     recorded_by)
                values (?, null, ?, date '2020-01-01', ?, 'test')""")
            .params(id, legalStatus, Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
            .update();
        return id;
    }

    /** Links the defendant to the case as a defendant since the day the fixtures file charges. */
    void addToCase(long defendantId, long caseId) {
        addToCase(defendantId, caseId, "DEFENDANT", LocalDate.of(2020, 9, 1));
    }

    void addToCase(long defendantId, long caseId, String role, LocalDate since) {
        this.jdbc.sql("insert into case_defendant (case_id, defendant_id, role, since) values (?, ?, ?, ?)")
            .params(caseId, defendantId, role, since)
            .update();
    }

    long alias(long defendantId, String alias) {
        return this.jdbc.sql("""
                insert into defendant_alias (defendant_id, alias, source, confidence)
                values (?, ?, 'Test source', 'MEDIUM') returning id""")
            .params(defendantId, alias)
            .query(Long.class)
            .single();
    }

    long charge(long defendantId, long caseId, String statute) {
        return this.jdbc.sql("""
                insert into charge (defendant_id, case_id, statute, description, counts, filed_on, disposition)
                values (?, ?, ?, 'Test charge', 1, date '2020-09-01', 'PENDING') returning id""")
            .params(defendantId, caseId, statute)
            .query(Long.class)
            .single();
    }

    /** An extradition request, requested on {@code requestedOn}, with the first entry of its status history. */
    long extradition(long defendantId, Long caseId, String requesting, String requested, LocalDate requestedOn) {
        long id = this.jdbc.sql("""
                insert into extradition_request (defendant_id, case_id, requesting_jurisdiction_code,
                    requested_jurisdiction_code, legal_basis, status, requested_on)
                values (?, ?, ?, ?, 'Test treaty', 'REQUESTED', ?) returning id""")
            .params(defendantId, caseId, requesting, requested, requestedOn)
            .query(Long.class)
            .single();
        this.jdbc.sql("""
                insert into extradition_status_change (extradition_request_id, from_status, to_status, effective_on,
                                                       recorded_at, recorded_by)
                values (?, null, 'REQUESTED', ?, now(), 'test')""")
            .params(id, requestedOn)
            .update();
        return id;
    }

    /** {@code count} defendants named "{prefix} 0001"… with an alias each, held in Kansas, all in one case. */
    void many(String prefix, int count, long caseId) {
        this.jdbc.sql("""
                insert into defendant (full_name, legal_status, nationality_code, custody_jurisdiction_code)
                select ? || ' ' || lpad(g::text, 4, '0'), 'ARRESTED', 'NO', 'US-KS' from generate_series(1, ?) g""")
            .params(prefix, count)
            .update();
        this.jdbc.sql("""
                insert into defendant_alias (defendant_id, alias, source, confidence)
                select id, 'alias of ' || full_name, 'Test source', 'LOW' from defendant where full_name like ? || ' %'""")
            .params(prefix)
            .update();
        this.jdbc.sql("""
                insert into case_defendant (case_id, defendant_id, role, since)
                select ?, id, 'DEFENDANT', date '2020-09-01' from defendant where full_name like ? || ' %'""")
            .params(caseId, prefix)
            .update();
    }

    /** Gives a defendant {@code count} more aliases, charges, extradition requests and status changes. */
    void grow(long defendantId, long caseId, int count) {
        this.jdbc.sql("""
                insert into defendant_alias (defendant_id, alias, source, confidence)
                select ?, 'Alias ' || g, 'Test source', 'LOW' from generate_series(1, ?) g""")
            .params(defendantId, count)
            .update();
        this.jdbc.sql("""
                insert into charge (defendant_id, case_id, statute, description, counts, filed_on, disposition)
                select ?, ?, 'Statute ' || g, 'Test charge', 1, date '2020-09-01', 'PENDING'
                from generate_series(1, ?) g""")
            .params(defendantId, caseId, count)
            .update();
        this.jdbc.sql("""
                insert into extradition_request (defendant_id, case_id, requesting_jurisdiction_code,
                    requested_jurisdiction_code, legal_basis, status, requested_on)
                select ?, ?, 'US', 'CY', 'Treaty ' || g, 'REQUESTED', date '2020-09-01' from generate_series(1, ?) g""")
            .params(defendantId, caseId, count)
            .update();
        this.jdbc.sql("""
                insert into defendant_status_change (defendant_id, from_status, to_status, effective_on, recorded_at,
                                                     recorded_by, reason)
                select ?, 'WANTED', 'ARRESTED', date '2020-09-01', timestamptz '2020-09-01 00:00Z' + g * interval '1 minute',
                       'test', 'Note ' || g
                from generate_series(1, ?) g""")
            .params(defendantId, count)
            .update();
    }

    long version(long defendantId) {
        return this.jdbc.sql("select version from defendant where id = ?").param(defendantId).query(Long.class).single();
    }

}
