package org.takedown.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's SQL reads the views the owning modules publish (V130, V140), never another module's table: a table
 * can then change without breaking the dashboard, the search, the country page or the case report, as long as its
 * module keeps its views.
 */
@IntegrationTest
class PublishedViewsTests {

    private static final Path ANALYSIS = Path.of("src", "main", "java", "org", "takedown", "analysis");

    /** The read side's own tables: the search's dictionary, provider list and addresses (V240), kept by triggers. */
    private static final List<String> OWN_TABLES = List.of("search_word", "search_provider", "search_address");

    /** A relation after {@code from} or {@code join}, as the read side writes its SQL. */
    private static final Pattern RELATION = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReadSideNamesNoTableOnlyPublishedViews() throws IOException {
        List<String> tables = relations("BASE TABLE");
        List<String> views = relations("VIEW");
        List<String> tablesRead = new ArrayList<>();
        List<String> viewsRead = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ANALYSIS)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
                Matcher relation = RELATION.matcher(Files.readString(file));
                while (relation.find()) {
                    String name = relation.group(1).toLowerCase(Locale.ROOT);
                    if (tables.contains(name) && !OWN_TABLES.contains(name)) {
                        tablesRead.add(file.getFileName() + ": " + name);
                    }
                    if (views.contains(name)) {
                        viewsRead.add(name);
                    }
                }
            }
        }
        assertThat(tablesRead).isEmpty();
        assertThat(tables).containsAll(OWN_TABLES);
        // the check above looks at the right text: the read side does name the views
        assertThat(viewsRead).contains("cases_case", "raids_server", "defendants_defendant",
                "jurisdictions_jurisdiction");
    }

    private List<String> relations(String type) {
        return this.jdbc
            .sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = ?")
            .param(type)
            .query(String.class)
            .list();
    }

}
