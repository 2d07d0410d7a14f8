package org.takedown.cases;

/**
 * One kind of record that can be voided (a case, a raid, a server, a defendant's link to a case, a charge, an
 * extradition request), told to the administrator's list of voided records as SQL over the owning module's own
 * tables, as {@link CaseActivity} tells the case list its counts: the cases module composes the kinds into one
 * statement per page without naming their tables. Each kind lists the records voided on their own; those voided with
 * their case or raid come back with it.
 * <p>
 * {@link #sql()} selects, for each such record, the columns {@code kind} (this kind), {@code key} (its id as text,
 * unique within the kind), {@code name} (how it is named on its pages), {@code case_id}, {@code voided_at},
 * {@code voided_by}, {@code void_reason}, {@code version} (of the record the restore checks), {@code page} (the path of
 * its page) and {@code restore} (the path its restore form posts to). Fixed SQL, built from no input.
 */
public interface VoidedRecords {

    /** The kind, as the type filter and the labels ({@code void.kind.<kind>}) name it. */
    String kind();

    /** The statement of this kind's records voided on their own; see the type's description for its columns. */
    String sql();

}
