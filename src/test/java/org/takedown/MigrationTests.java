package org.takedown;

import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MigrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationAppliedSuccessfullyToTheEmptyDatabase() {
        // Flyway's history is the owner's: the application's role cannot read it
        JdbcClient owner = SchemaOwner.jdbc(this.flyway);
        long failed = owner.sql("select count(*) from flyway_schema_history where not success")
            .query(Long.class)
            .single();
        long applied = owner.sql("select count(*) from flyway_schema_history where success and version is not null")
            .query(Long.class)
            .single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(3);
    }

    @Test
    void seedsEveryIsoCountry() {
        long countries = this.jdbc.sql("select count(*) from jurisdiction where kind = 'COUNTRY'")
            .query(Long.class)
            .single();
        assertThat(countries).isEqualTo(Locale.getISOCountries().length);
        assertThat(this.jdbc.sql("select name from jurisdiction where code = 'LV'").query(String.class).single())
            .isEqualTo("Latvia");
    }

    @Test
    void seedsSubNationalAndFederalJurisdictionsUnderTheirCountry() {
        var kansas = this.jdbc.sql("select kind, country_code, parent_code from jurisdiction where code = 'US-KS'")
            .query()
            .singleRow();
        assertThat(kansas).containsEntry("kind", "SUBDIVISION")
            .containsEntry("country_code", "US")
            .containsEntry("parent_code", "US");
        var sdny = this.jdbc.sql("select name, kind, country_code from jurisdiction where code = 'US-NYSD'")
            .query()
            .singleRow();
        assertThat(sdny).containsEntry("name", "Southern District of New York")
            .containsEntry("kind", "FEDERAL_DISTRICT")
            .containsEntry("country_code", "US");
    }

    @Test
    void rejectsValuesOutsideTheEnumerations() {
        assertThatThrownBy(() -> this.jdbc
            .sql("insert into agency (name, kind, jurisdiction_code) values ('Nobody', 'MILITIA', 'LV')")
            .update()).hasMessageContaining("ck_agency_kind");
    }

    @Test
    void indexesEveryForeignKey() {
        // a foreign key column that no index starts with makes joins and cascades scan the whole table
        var unindexed = this.jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f'
                  and not exists (
                    select 1 from pg_index i
                    where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                """).query(String.class).list();
        assertThat(unindexed).isEmpty();
    }

}
