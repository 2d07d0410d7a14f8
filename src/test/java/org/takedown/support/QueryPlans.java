package org.takedown.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks PostgreSQL how it would run a statement the application sent ({@code EXPLAIN}, which plans without running) and
 * finds the sequential scans in its answer: the check that a page's statements use indexes on tables that grow with
 * the data.
 */
public final class QueryPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The statements EXPLAIN accepts, after any leading comment. */
    private static final Pattern EXPLAINABLE = Pattern
        .compile("^\\s*(/\\*.*?\\*/\\s*)*(select|with|values|table|insert|update|delete|merge)\\b", Pattern.DOTALL);

    private QueryPlans() {
    }

    /** Whether EXPLAIN can plan the statement: queries and data changes, not {@code set}, {@code commit} and the like. */
    public static boolean explainable(String sql) {
        return EXPLAINABLE.matcher(sql.toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** The plan of the statement with its values bound, as {@code EXPLAIN (FORMAT JSON)} gives it. */
    public static String explainJson(Connection connection, SqlStatementRecorder.Statement statement)
            throws SQLException {
        return explain(connection, statement, "explain (format json) ");
    }

    /** The same plan as text, as {@code psql} shows it: for a person reading a failure. */
    public static String explainText(Connection connection, SqlStatementRecorder.Statement statement)
            throws SQLException {
        return explain(connection, statement, "explain ");
    }

    private static String explain(Connection connection, SqlStatementRecorder.Statement statement, String explain)
            throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(explain + statement.sql())) {
            statement.bind(prepared);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = prepared.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /**
     * Every sequential scan of one of {@code tables} in a plan of {@code EXPLAIN (FORMAT JSON)}, wherever it sits (under
     * joins, in subplans, init plans and common table expressions, parallel or not), in the order of the plan.
     */
    public static List<Scan> sequentialScans(String jsonPlan, Set<String> tables) {
        JsonNode root = JSON.readTree(jsonPlan);
        if (!root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException("Not a plan of EXPLAIN (FORMAT JSON): " + jsonPlan);
        }
        List<Scan> scans = new ArrayList<>();
        for (JsonNode statement : root) {
            JsonNode plan = statement.path("Plan");
            if (!plan.isObject()) {
                throw new IllegalArgumentException("Not a plan of EXPLAIN (FORMAT JSON): " + jsonPlan);
            }
            collect(plan, tables, scans);
        }
        return scans;
    }

    private static void collect(JsonNode node, Set<String> tables, List<Scan> scans) {
        String table = node.path("Relation Name").asString("");
        if ("Seq Scan".equals(node.path("Node Type").asString("")) && tables.contains(table)) {
            scans.add(new Scan(table, node.path("Alias").asString(table), node.path("Filter").asString(null),
                    node.path("Plan Rows").asLong(0)));
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, tables, scans);
        }
    }

    /**
     * A sequential scan in a plan.
     *
     * @param table the table scanned
     * @param alias the name the statement gives it
     * @param filter the condition applied to each row read, or {@code null}
     * @param rows the rows the planner expects the scan to return
     */
    public record Scan(String table, String alias, String filter, long rows) {

        @Override
        public String toString() {
            return "Seq Scan on " + this.table + (this.alias.equals(this.table) ? "" : " " + this.alias)
                    + ((this.filter != null) ? " (Filter: " + this.filter + ")" : "") + ", " + this.rows
                    + " rows expected";
        }

    }

}
