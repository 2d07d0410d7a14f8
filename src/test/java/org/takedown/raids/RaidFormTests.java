package org.takedown.raids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging a raid with its servers from a case: the form, its add/remove rows, its rules, and the one save. */
@IntegrationTest
@Transactional
class RaidFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    long caseId;

    @BeforeEach
    void sparksCase() {
        this.caseId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    @Test
    void newFormOffersOneEmptyServerRowAndTheAddRowButton() {
        MvcTestResult result = this.mvc.get().uri("/cases/{id}/raids/new", this.caseId).exchange();
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        Document page = html(result);
        assertThat(page.select("h1").text()).contains("Log a raid", "TKD-2020-0001");
        assertThat(page.select("input[name=servers[0].hostname]")).hasSize(1);
        assertThat(page.select("input[name^=servers[1]]")).isEmpty();
        assertThat(page.select("button[name=addServer]")).hasSize(1);
        assertThat(page.select("button[name=removeServer]").eachAttr("value")).containsExactly("0");
        assertThat(page.select("select[name=timeZone] option").eachAttr("value")).contains("Europe/Riga",
                "America/Toronto");
        assertThat(page.select("select[name=participatingAgencyIds] option")).isEmpty();
        assertThat(page.select("select[name=participatingAgencyIds]").attr("data-picker-source"))
            .isEqualTo("/agencies/options");
        assertThat(page.select("label[for=servers0.hostname]")).hasSize(1);
    }

    @Test
    void newFormOfAnUnknownCaseIs404() {
        assertThat(this.mvc.get().uri("/cases/987654/raids/new")).hasStatus(404);
        assertThat(this.mvc.post().uri("/cases/987654/raids").param("addServer", "1")).hasStatus(404);
    }

    @Test
    void addServerButtonRendersOneMoreRowAndSavesNothing() {
        long raidsBefore = raidCount();
        MvcTestResult result = post(validRaid(List.of("add-a.test.example")), "addServer", "1");
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        Document page = html(result);
        assertThat(page.select("input[name=servers[0].hostname]").val()).isEqualTo("add-a.test.example");
        assertThat(page.select("input[name=servers[1].hostname]").val()).isEmpty();
        assertThat(page.select("#raidDate").val()).isEqualTo("2021-05-04");
        assertThat(page.select("#localTime").val()).isEqualTo("06:30");
        assertThat(page.select(".is-invalid")).isEmpty();
        assertThat(raidCount()).isEqualTo(raidsBefore);
    }

    @Test
    void removeServerButtonRemovesThatRowAndKeepsTheOthers() {
        MvcTestResult result = post(validRaid(List.of("r0.test.example", "r1.test.example", "r2.test.example")), "removeServer", "1");
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("input[name$=.hostname]").eachAttr("value")).containsExactly("r0.test.example",
                "r2.test.example");
    }

    @Test
    void createsRaidWithTwoServersInOneTransaction() {
        String first = RaidFixtures.unique("dist").toLowerCase() + ".test.example";
        String second = RaidFixtures.unique("store").toLowerCase() + ".test.example";
        MvcTestResult result = post(validRaid(List.of(first, second.toUpperCase())), "servers[0].ipAddresses", "192.0.2.44, 2001:db8::1", "servers[1].ipAddresses", "198.51.100.9", "servers[1].hostingProvider", "Baltic Hosting");
        assertThat(result).hasStatus3xxRedirection().flash().containsEntry("flash", "raid.created");
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/raids/\\d+");
        long raidId = Long.parseLong(location.substring("/raids/".length()));
        this.entityManager.flush();

        Map<String, Object> raid = this.jdbc.sql("select * from raid where id = ?").param(raidId).query().singleRow();
        assertThat(raid).containsEntry("jurisdiction_code", "LV")
            .containsEntry("status", "COMPLETED")
            .containsEntry("time_zone", "Europe/Riga")
            .containsEntry("legal_basis", "EIO")
            .containsEntry("arrests_made", 2);
        assertThat(this.jdbc.sql("select count(*) from raid_participating_agency where raid_id = ?")
            .param(raidId)
            .query(Long.class)
            .single()).isEqualTo(1);
        List<Map<String, Object>> servers = this.jdbc.sql("""
                select hostname, country_code, status, array_to_string(ip_addresses, ',') as ips, hosting_provider,
                    seized_on::text as seized_on, case_id
                from seized_server where raid_id = ? order by hostname""").param(raidId).query().listOfRows();
        assertThat(servers).extracting((row) -> row.get("hostname")).containsExactly(first, second);
        assertThat(servers).allSatisfy((row) -> assertThat(row).containsEntry("country_code", "LV")
            .containsEntry("status", "SEIZED")
            .containsEntry("seized_on", "2021-05-04")
            .containsEntry("case_id", this.caseId));
        assertThat(servers.get(0)).containsEntry("ips", "192.0.2.44,2001:db8::1");
        assertThat(servers.get(1)).containsEntry("hosting_provider", "Baltic Hosting");
        assertThat(this.jdbc.sql("""
                select count(*) from server_status_change h join seized_server s on s.id = h.server_id
                where s.raid_id = ? and h.from_status is null and h.to_status = 'SEIZED' and h.recorded_by = 'admin'
                    and h.effective_on = date '2021-05-04'
                """).param(raidId).query(Long.class).single()).isEqualTo(2);
        assertThat(this.jdbc.sql("""
                select from_status, to_status, effective_on::text as effective_on, recorded_by
                from raid_status_change where raid_id = ?""").param(raidId).query().singleRow())
            .containsEntry("from_status", null)
            .containsEntry("to_status", "COMPLETED")
            .containsEntry("effective_on", "2021-05-04")
            .containsEntry("recorded_by", "admin");
    }

    @Test
    void serverCountryDefaultsToTheCountryOfASubNationalJurisdiction() {
        String host = RaidFixtures.unique("ks").toLowerCase() + ".test.example";
        MvcTestResult result = post(validRaid(List.of(host)), "jurisdictionCode", "us-ks", "timeZone", "America/Chicago");
        assertThat(result).hasStatus3xxRedirection();
        assertThat(this.jdbc.sql("select country_code from seized_server where hostname = ?")
            .param(host)
            .query(String.class)
            .single()).isEqualTo("US");
    }

    @Test
    void rejectsMalformedIpNextToTheFieldAndSavesNothing() {
        long raidsBefore = raidCount();
        MvcTestResult result = post(validRaid(List.of("ip-a.test.example", "ip-b.test.example")), "servers[1].ipAddresses", "192.0.2.7 192.0.2.300", "servers[0].ipAddresses", "not-an-address.example");
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        assertThat(result).model().extractingBindingResult("raidForm").hasFieldErrorCode("servers[1].ipAddresses",
                "server.ipAddresses.invalid");
        Document page = html(result);
        assertThat(errorOf(page, "servers1.ipAddresses")).contains("\"192.0.2.300\" is not an IPv4 or IPv6 address");
        assertThat(errorOf(page, "servers0.ipAddresses")).contains("\"not-an-address.example\" is not an IPv4");
        assertThat(page.select("[id=servers1.ipAddresses]").attr("aria-describedby"))
            .isEqualTo("servers1.ipAddresses-error");
        assertThat(page.select("[id=servers1.ipAddresses]").val()).isEqualTo("192.0.2.7 192.0.2.300");
        assertThat(raidCount()).isEqualTo(raidsBefore);
    }

    @Test
    void rejectsAHostnameTheCaseAlreadyHas() {
        String existing = this.jdbc
            .sql("select hostname from seized_server where case_id = ? order by id limit 1")
            .param(this.caseId)
            .query(String.class)
            .single();
        long raidsBefore = raidCount();
        MvcTestResult result = post(validRaid(List.of("fresh.test.example", existing.toUpperCase())));
        assertThat(result).hasStatusOk();
        assertThat(errorOf(html(result), "servers1.hostname")).isEqualTo("The case already has a server named "
                + existing + ".");
        assertThat(raidCount()).isEqualTo(raidsBefore);
    }

    @Test
    void rejectsTheSameHostnameTwiceInTheForm() {
        MvcTestResult result = post(validRaid(List.of("twice.test.example", "Twice.test.example.")));
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(errorOf(page, "servers1.hostname")).isEqualTo("This host name is already in server row 1.");
        assertThat(errorOf(page, "servers0.hostname")).isEmpty();
    }

    @Test
    void rejectsEmptyRequiredFieldsEachNextToItsField() {
        long raidsBefore = raidCount();
        MvcTestResult result = this.mvc.post()
            .uri("/cases/{id}/raids", this.caseId)
            .param("servers[0].hostname", "")
            .param("arrestsMade", "")
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("raids/form");
        Document page = html(result);
        for (String field : List.of("jurisdictionCode", "status", "raidDate", "timeZone", "legalBasis",
                "arrestsMade", "servers0.hostname", "servers0.role")) {
            assertThat(errorOf(page, field)).as(field).isEqualTo("This field is required.");
        }
        assertThat(raidCount()).isEqualTo(raidsBefore);
    }

    @Test
    void rejectsUnknownJurisdictionTimeZoneAgencyAndNegativeArrests() {
        // the rules are checked once the input has its shape: a negative number of arrests is named first
        MvcTestResult result = post(validRaid(List.of("x.test.example")), "arrestsMade", "-1");
        assertThat(result).hasStatusOk();
        assertThat(errorOf(html(result), "arrestsMade")).isEqualTo("Must be zero or more.");

        result = post(validRaid(List.of("x.test.example")), "jurisdictionCode", "XX-NOPE", "timeZone", "Mars/Olympus_Mons", "leadAgencyId", "987654");
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(errorOf(page, "jurisdictionCode")).startsWith("There is no jurisdiction with the code XX-NOPE.");
        assertThat(errorOf(page, "timeZone")).startsWith("Choose a time zone from the list");
        assertThat(errorOf(page, "leadAgencyId")).isEqualTo("Choose an agency from the list.");
    }

    @Test
    void rejectsRaidAndSeizureDatesBeforeTheCaseWasOpened() {
        long raidsBefore = raidCount();
        MvcTestResult result = post(validRaid(List.of("early.test.example")), "raidDate", "2019-12-31");
        Document page = html(result);
        assertThat(errorOf(page, "raidDate")).isEqualTo("The raid cannot be before the case was opened (2020-01-06).");
        assertThat(errorOf(page, "servers0.seizedOn"))
            .isEqualTo("A server cannot be seized before the case was opened (2020-01-06).");

        result = post(validRaid(List.of("early2.test.example")), "servers[0].seizedOn", "2019-06-01");
        page = html(result);
        assertThat(errorOf(page, "raidDate")).isEmpty();
        assertThat(errorOf(page, "servers0.seizedOn")).startsWith("A server cannot be seized before");
        assertThat(raidCount()).isEqualTo(raidsBefore);
    }

    @Test
    void rejectsMalformedDatesAndUnknownEnumsWithoutAnErrorPage() {
        MvcTestResult result = post(validRaid(List.of("m.test.example")), "raidDate", "2021-13-45", "status", "EXPLODED", "localTime", "25:99", "servers[0].role", "HACKER");
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(errorOf(page, "raidDate")).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(errorOf(page, "localTime")).isEqualTo("Enter a time as HH:MM.");
        assertThat(errorOf(page, "status")).isNotEmpty();
        assertThat(errorOf(page, "servers0.role")).isNotEmpty();
    }

    @Test
    void rejectsHugeValuesByTheirLength() {
        MvcTestResult result = post(validRaid(List.of("h".repeat(300))), "legalReference", "r".repeat(201));
        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(errorOf(page, "legalReference")).isEqualTo("Must be between 0 and 200 characters long.");
        assertThat(errorOf(page, "servers0.hostname")).isEqualTo("Must be between 0 and 253 characters long.");
    }

    @Test
    void aServerRowFarBeyondTheLimitIsABadRequestNotAnError() {
        assertThat(post(validRaid(List.of("a.test.example")), "servers[5000].hostname", "b")).hasStatus(400);
    }

    /** A valid form for the case with one server row per host name; change entries to make it invalid. */
    private Map<String, String> validRaid(List<String> hostnames) {
        long hsi = this.jdbc.sql("select id from agency where acronym = 'HSI'").query(Long.class).single();
        long latvianPolice = this.jdbc.sql("select id from agency where name = 'State Police of Latvia'")
            .query(Long.class)
            .single();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("jurisdictionCode", "LV");
        form.put("status", "COMPLETED");
        form.put("raidDate", "2021-05-04");
        form.put("localTime", "06:30");
        form.put("timeZone", "Europe/Riga");
        form.put("leadAgencyId", String.valueOf(latvianPolice));
        form.put("participatingAgencyIds", String.valueOf(hsi));
        form.put("legalBasis", "EIO");
        form.put("legalReference", "EIO 2021/17");
        form.put("outcome", "Two servers seized");
        form.put("arrestsMade", "2");
        for (int i = 0; i < hostnames.size(); i++) {
            form.put("servers[" + i + "].hostname", hostnames.get(i));
            form.put("servers[" + i + "].role", "STORAGE");
        }
        return form;
    }

    private MvcTestResult post(Map<String, String> form, String... more) {
        MockMvcRequestBuilder request = this.mvc.post().uri("/cases/{id}/raids", this.caseId);
        Map<String, String> all = new LinkedHashMap<>(form);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        all.forEach(request::param);
        return request.exchange();
    }

    private long raidCount() {
        this.entityManager.flush();
        return this.jdbc.sql("select count(*) from raid").query(Long.class).single();
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The error message shown next to the field with this id ("" when there is none). */
    static String errorOf(Document page, String fieldId) {
        return page.select("[id=" + fieldId + "-error]").text();
    }

}
