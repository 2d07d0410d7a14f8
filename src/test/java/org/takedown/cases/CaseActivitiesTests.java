package org.takedown.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseActivity.Column;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the modules below record in cases reaches the case statements through {@link CaseActivity}: the cases module's
 * own SQL names none of their tables, every count of the list has one module counting it, and the fragments are put
 * together the same way whatever order the modules come in.
 */
@IntegrationTest
class CaseActivitiesTests {

    private static final Path CASES = Path.of("src", "main", "java", "org", "takedown", "cases");

    /** A relation after {@code from} or {@code join}, as the cases module writes its SQL. */
    private static final Pattern RELATION = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The cases module's tables and view, and the reference data it is built on. */
    private static final Set<String> OWN_OR_BELOW = Set.of("enforcement_case", "enforcement_case_aud",
            "case_status_change", "cases_case", "agency", "jurisdiction");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CaseActivity> activities;

    @Autowired
    CaseSummaryQueries summaries;

    @Test
    void theCasesModuleNamesNoTableOrViewOfTheModulesBelowIt() throws IOException {
        List<String> relations = this.jdbc
            .sql("select table_name from information_schema.tables where table_schema = 'public'")
            .query(String.class)
            .list();
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
                Matcher relation = RELATION.matcher(Files.readString(file));
                while (relation.find()) {
                    String name = relation.group(1).toLowerCase(Locale.ROOT);
                    if (relations.contains(name)) {
                        named.add(name);
                    }
                }
            }
        }
        // the jurisdictions module's published views are reference data too
        assertThat(named).contains("enforcement_case")
            .allMatch((name) -> OWN_OR_BELOW.contains(name) || name.startsWith("jurisdictions_"));
    }

    @Test
    void everyCountOfTheCaseListHasOneModuleCountingIt() {
        assertThat(this.activities).extracting(CaseActivity::column).containsExactlyInAnyOrder(Column.values());
    }

    @Test
    void composesTheFragmentsInTheOrderOfTheColumnsWhateverTheOrderOfTheModules() {
        CaseActivities composed = new CaseActivities(List.of(new Recorded(Column.SERVERS, "s", true, true),
                new Recorded(Column.DEFENDANTS, "d", false, false), new Recorded(Column.RAIDS, "r", true, true)));
        assertThat(composed.counts("c.id")).isEqualTo("""
                (select count(*) from d where case_id = c.id) as defendants,
                (select count(*) from r where case_id = c.id) as raids,
                (select count(*) from s where case_id = c.id) as servers""");
        assertThat(composed.inCountry("c.id", ":country")).isEqualTo("""
                (exists (select 1 from r where case_id = c.id and country = :country)
                 or exists (select 1 from s where case_id = c.id and country = :country))""");
        assertThat(composed.firstDay(":caseId")).isEqualTo("""
                least((select min(day) from r where case_id = :caseId),
                 (select min(day) from s where case_id = :caseId))""");
    }

    @Test
    void aColumnNoModuleCountsIsZeroAndWithoutPlacesOrDaysNoCaseMatches() {
        CaseActivities composed = new CaseActivities(List.of(new Recorded(Column.DEFENDANTS, "d", false, false)));
        assertThat(composed.counts("p.id")).isEqualTo("""
                (select count(*) from d where case_id = p.id) as defendants,
                0 as raids,
                0 as servers""");
        assertThat(composed.inCountry("c.id", ":country")).isEqualTo("false");
        assertThat(composed.firstDay(":caseId")).isEqualTo("cast(null as date)");
    }

    @Test
    void refusesTwoModulesCountingTheSameColumn() {
        assertThatIllegalStateException()
            .isThrownBy(() -> new CaseActivities(
                    List.of(new Recorded(Column.RAIDS, "a", true, true), new Recorded(Column.RAIDS, "b", true, true))))
            .withMessageContaining("RAIDS");
    }

    @Test
    @Transactional
    void aCaseWithoutRaidsOrSeizuresHasNoFirstDayOfActivity() {
        long id = new CaseFixtures(this.jdbc).oneCase("no activity yet", CaseStatus.INVESTIGATION);
        assertThat(this.summaries.earliestActivity(id)).isNull();
    }

    /** An activity of a made-up table {@code table} with columns {@code case_id}, {@code country} and {@code day}. */
    private record Recorded(Column column, String table, boolean placed, boolean dated) implements CaseActivity {

        @Override
        public String count(String caseId) {
            return "(select count(*) from %s where case_id = %s)".formatted(this.table, caseId);
        }

        @Override
        public Optional<String> inCountry(String caseId, String country) {
            return Optional.of("exists (select 1 from %s where case_id = %s and country = %s)"
                .formatted(this.table, caseId, country))
                .filter((condition) -> this.placed);
        }

        @Override
        public Optional<String> firstDay(String caseId) {
            return Optional.of("(select min(day) from %s where case_id = %s)".formatted(this.table, caseId))
                .filter((day) -> this.dated);
        }

    }

}
