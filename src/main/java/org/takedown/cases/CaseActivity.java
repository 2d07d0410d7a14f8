package org.takedown.cases;

import java.util.Optional;

/**
 * One kind of thing that another module records in cases (raids, seized servers, defendants), told to the cases
 * module as SQL over that module's own tables: the case list counts it in one of its columns and finds a case by the
 * country it took place in, and a case may not be opened after its first day. Each implementation is a bean of the
 * module that owns the tables; the cases module composes the fragments into its own statements without naming them.
 * <p>
 * Why SQL fragments: the case list is one statement per page at any size, because its counts and its country filter
 * are correlated subqueries that PostgreSQL answers from each table's index on {@code case_id} for the rows of the
 * page only. Asking the modules below in Java would cost a statement per module and page, and a filter by country
 * could no longer page in SQL. Views would not help: cases sits above raids and defendants, so its SQL naming their
 * views would point the dependency the wrong way. So each side keeps its own: the module below owns the SQL over its
 * tables, cases owns the statements they go into, and the composed statement is the one written in one place before.
 * <p>
 * Every fragment is fixed SQL, built only from its arguments, which are SQL themselves (a column of the enclosing
 * statement such as {@code c.id}, a named parameter such as {@code :country}), never from input. A fragment's own
 * table aliases must not hide those of the enclosing statement: the cases module's statements use {@code c},
 * {@code a} and {@code p}.
 */
public interface CaseActivity {

    /** The column of the case list (and of its CSV export) that counts this activity; one implementation each. */
    Column column();

    /** An SQL expression: how many of this activity the case whose id is {@code caseId} has. */
    String count(String caseId);

    /**
     * An SQL condition: some of this activity of the case {@code caseId} took place in the country {@code country}
     * (an ISO 3166-1 alpha-2 code; a place in a subdivision of the country counts), or empty when this activity has no
     * place.
     */
    default Optional<String> inCountry(String caseId, String country) {
        return Optional.empty();
    }

    /**
     * An SQL expression: the first day of this activity in the case {@code caseId}, {@code null} when it has none; or
     * empty when this activity does not bound the day its case was opened.
     */
    default Optional<String> firstDay(String caseId) {
        return Optional.empty();
    }

    /** The counts of the case list, one per kind of activity. */
    enum Column {

        DEFENDANTS, RAIDS, SERVERS

    }

}
