package org.takedown.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTests {

    static final List<String> NAMED_COUNTRIES = List.of("CA", "CZ", "DK", "FR", "DE", "LV", "NL", "NO", "PL", "PT",
            "RO", "KR", "ES", "SE", "CH", "GB");

    static final String SPARKS = "(select id from enforcement_case where reference = 'TKD-2020-0001')";

    static final String SPARKS_SERVERS = "select count(*) from seized_server where case_id = " + SPARKS;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Test
    void loadsTheSparksGroupCaseWithItsAgencies() {
        var sparks = this.jdbc.sql("""
                select c.title, c.status, lead.name as lead, lead.acronym as lead_acronym, pros.name as prosecutor,
                       pros.jurisdiction_code as prosecutor_jurisdiction, c.summary
                from enforcement_case c
                join agency lead on lead.id = c.lead_agency_id
                join agency pros on pros.id = c.prosecuting_office_id
                where c.reference = 'TKD-2020-0001'
                """).query().singleRow();
        assertThat(sparks).containsEntry("title", "Sparks Group")
            .containsEntry("lead", "Homeland Security Investigations")
            .containsEntry("lead_acronym", "HSI")
            .containsEntry("prosecutor", "US Attorney's Office for the Southern District of New York")
            .containsEntry("prosecutor_jurisdiction", "US-NYSD");
        assertThat((String) sparks.get("summary")).contains("19 countries", "only 16", "Illustrative");
    }

    @Test
    void loadsThreeDefendantsInTheirThreeStatesAsTheArticleGivesThem() {
        List<Map<String, Object>> defendants = this.jdbc.sql("""
                select d.full_name, d.nationality_code, d.legal_status, d.custody_jurisdiction_code,
                       (select string_agg(alias, ',') from defendant_alias a where a.defendant_id = d.id) as aliases
                from defendant d
                join case_defendant cd on cd.defendant_id = d.id
                where cd.case_id = (select id from enforcement_case where reference = 'TKD-2020-0001')
                order by d.full_name
                """).query().listOfRows();
        assertThat(defendants).hasSize(3);
        assertThat(defendants.get(0)).containsEntry("full_name", "George Bridi")
            .containsEntry("nationality_code", "GB")
            .containsEntry("legal_status", "EXTRADITION_REQUESTED")
            .containsEntry("custody_jurisdiction_code", "CY");
        assertThat(defendants.get(1)).containsEntry("full_name", "Jonathan Correa")
            .containsEntry("legal_status", "ARRESTED")
            .containsEntry("custody_jurisdiction_code", "US-KS")
            .containsEntry("aliases", "Raid");
        assertThat(defendants.get(2)).containsEntry("full_name", "Umar Ahmad")
            .containsEntry("nationality_code", "NO")
            .containsEntry("legal_status", "AT_LARGE")
            .containsEntry("custody_jurisdiction_code", null)
            .containsEntry("aliases", "Artist");

        var extradition = this.jdbc.sql("""
                select requesting_jurisdiction_code, requested_jurisdiction_code, status from extradition_request
                where case_id = (select id from enforcement_case where reference = 'TKD-2020-0001')
                """).query().singleRow();
        assertThat(extradition).containsEntry("requesting_jurisdiction_code", "US")
            .containsEntry("requested_jurisdiction_code", "CY")
            .containsEntry("status", "REQUESTED");
    }

    @Test
    void linksTheThreeDefendantsToTheCaseAsDefendantsSinceTheActionDayAndAuditsTheLinks() {
        assertThat(this.jdbc.sql("select role || ' ' || since from case_defendant where case_id = " + SPARKS)
            .query(String.class)
            .list()).containsExactly("DEFENDANT 2020-08-25", "DEFENDANT 2020-08-25", "DEFENDANT 2020-08-25");
        assertThat(this.jdbc.sql("select role || ' ' || since from case_defendant_aud where case_id = " + SPARKS)
            .query(String.class)
            .list()).containsExactly("DEFENDANT 2020-08-25", "DEFENDANT 2020-08-25", "DEFENDANT 2020-08-25");
    }

    @Test
    void loadsSixtyServersSeizedInRaidsInTheSixteenNamedCountries() {
        assertThat(this.jdbc.sql(SPARKS_SERVERS).query(Long.class).single()).isEqualTo(60);
        assertThat(this.jdbc.sql(SPARKS_SERVERS + " and raid_id is null").query(Long.class).single())
            .isZero();
        List<String> raidCountries = this.jdbc
            .sql("select distinct j.country_code from raid r join jurisdiction j on j.code = r.jurisdiction_code"
                    + " where r.case_id = " + SPARKS)
            .query(String.class)
            .list();
        assertThat(raidCountries).containsExactlyInAnyOrderElementsOf(NAMED_COUNTRIES);
        List<String> serverCountries = this.jdbc
            .sql("select distinct country_code from seized_server where case_id = " + SPARKS)
            .query(String.class)
            .list();
        assertThat(serverCountries).containsExactlyInAnyOrderElementsOf(NAMED_COUNTRIES);
    }

    @Test
    void recordsTheFirstStatusOfEveryDefendantAndServerInTheirHistory() {
        assertThat(this.jdbc
            .sql("select count(*) from defendant d where not exists "
                    + "(select 1 from defendant_status_change c where c.defendant_id = d.id and c.from_status is null)")
            .query(Long.class)
            .single()).isZero();
        assertThat(this.jdbc
            .sql("select count(*) from seized_server s where not exists "
                    + "(select 1 from server_status_change c where c.server_id = s.id and c.from_status is null)")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theStatusHistoriesCarryThe2020Dates() {
        assertThat(history("""
                select effective_on, from_status, to_status from case_status_change
                where case_id = %s order by effective_on, id""".formatted(SPARKS)))
            .containsExactly("2020-01-06 null>INVESTIGATION", "2020-07-20 INVESTIGATION>OPERATIONAL",
                    "2020-08-25 OPERATIONAL>PROSECUTION");
        assertThat(history("""
                select distinct effective_on, from_status, to_status from raid_status_change h
                join raid r on r.id = h.raid_id where r.case_id = %s order by 1, 2 nulls first""".formatted(SPARKS)))
            .containsExactly("2020-07-20 null>PLANNED", "2020-08-25 PLANNED>COMPLETED");
        assertThat(this.jdbc.sql("select count(*) from raid_status_change h join raid r on r.id = h.raid_id"
                + " where r.case_id = " + SPARKS).query(Long.class).single()).isEqualTo(2 * 16);
        assertThat(history("""
                select distinct effective_on, from_status, to_status from server_status_change h
                join seized_server s on s.id = h.server_id where s.case_id = %s order by 1, 2 nulls first"""
            .formatted(SPARKS)))
            .containsExactly("2020-07-20 null>IDENTIFIED", "2020-08-25 IDENTIFIED>SEIZED", "2020-09-15 SEIZED>IMAGED");
        assertThat(history("""
                select effective_on, from_status, to_status from defendant_status_change h
                join defendant d on d.id = h.defendant_id where d.full_name = 'George Bridi' order by effective_on, h.id"""))
            .containsExactly("2020-08-25 null>ARRESTED", "2020-08-26 ARRESTED>EXTRADITION_REQUESTED");
        assertThat(history("""
                select effective_on, from_status, to_status from extradition_status_change h
                join extradition_request e on e.id = h.extradition_request_id where e.case_id = %s"""
            .formatted(SPARKS)))
            .containsExactly("2020-08-26 null>REQUESTED");
    }

    @Test
    void theHistoriesAndTheAuditTrailSayTheDemoDataRecordedIt() {
        assertThat(this.jdbc.sql("""
                select distinct recorded_by from case_status_change where case_id = %1$s
                union select recorded_by from raid_status_change h join raid r on r.id = h.raid_id where r.case_id = %1$s
                union select recorded_by from server_status_change h join seized_server s on s.id = h.server_id
                      where s.case_id = %1$s
                union select recorded_by from defendant_status_change h join case_defendant cd
                      on cd.defendant_id = h.defendant_id where cd.case_id = %1$s
                union select recorded_by from extradition_status_change h join extradition_request e
                      on e.id = h.extradition_request_id where e.case_id = %1$s""".formatted(SPARKS))
            .query(String.class)
            .list()).containsExactly(SparksGroupDemoData.RECORDED_BY);
        assertThat(this.jdbc.sql("""
                select distinct r.username from enforcement_case_aud a join revinfo r on r.id = a.rev
                where a.id = %s""".formatted(SPARKS)).query(String.class).list())
            .containsExactly(SparksGroupDemoData.RECORDED_BY);
    }

    /** Each row of a history as "effective_on from>to". */
    private List<String> history(String sql) {
        return this.jdbc.sql(sql)
            .query((row, n) -> row.getString(1) + " " + row.getString(2) + ">" + row.getString(3))
            .list();
    }

    @Test
    void loadsOnlyOnceWhateverHowOftenItRuns() {
        this.loader.run(new DefaultApplicationArguments());
        assertThat(this.jdbc.sql("select count(*) from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(this.jdbc.sql("select count(*) from case_defendant where case_id = " + SPARKS)
            .query(Long.class)
            .single()).isEqualTo(3);
        assertThat(this.jdbc.sql(SPARKS_SERVERS).query(Long.class).single()).isEqualTo(60);
    }

}
