package org.takedown.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.takedown.cases.CaseListTests.html;

/** The case page's timeline: every dated event of the case, in the order they happened, paged by position. */
@IntegrationTest
@Transactional
class CaseTimelineTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CaseFixtures fixtures;

    @BeforeEach
    void setUp() {
        this.fixtures = new CaseFixtures(this.jdbc);
    }

    @Test
    void tellsEachKindOfEventOnItsDayLinkingToItsRecord() {
        long caseId = this.fixtures.oneCase("Timeline " + System.nanoTime(), CaseStatus.INVESTIGATION);
        statusChange(caseId, null, "INVESTIGATION", "2020-01-01");
        statusChange(caseId, "INVESTIGATION", "OPERATIONAL", "2020-04-20");
        long raid = this.fixtures.raid(caseId, "LV", LocalDate.of(2020, 5, 1));
        this.fixtures.servers(caseId, "LV", 3, LocalDate.of(2020, 5, 1));
        this.jdbc.sql("update seized_server set raid_id = ? where case_id = ?").params(raid, caseId).update();
        long later = server(caseId, raid, "late.test.example", "2020-06-01");
        long voided = server(caseId, raid, "voided.test.example", "2020-06-02");
        this.jdbc.sql("update seized_server set voided_at = now(), voided_by = 'test', void_reason = 'typo' where id = ?")
            .param(voided)
            .update();
        this.jdbc.sql("""
                insert into server_status_change (server_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                values (?, 'SEIZED', 'IMAGED', date '2020-06-15', now(), 'test')""").param(later).update();
        long defendant = defendant(caseId, "Ada Timeline", "2020-09-01");
        this.jdbc.sql("""
                insert into defendant_status_change (defendant_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                values (?, 'WANTED', 'ARRESTED', date '2020-09-15', now(), 'test')""").param(defendant).update();
        long charge = this.jdbc.sql("""
                insert into charge (defendant_id, case_id, statute, description, counts, filed_on, disposition)
                values (?, ?, '18 U.S.C. § 371', 'Conspiracy', 2, date '2020-10-01', 'PENDING') returning id""")
            .params(defendant, caseId)
            .query(Long.class)
            .single();
        LocalDate hearing = LocalDate.now().plusYears(1);
        long extradition = this.jdbc.sql("""
                insert into extradition_request (defendant_id, case_id, requesting_jurisdiction_code,
                    requested_jurisdiction_code, legal_basis, status, requested_on, hearing_on, decided_on)
                values (?, ?, 'US', 'CY', 'Treaty', 'GRANTED', date '2020-11-01', ?, date '2020-12-01') returning id""")
            .params(defendant, caseId, hearing)
            .query(Long.class)
            .single();

        Document page = html(this.mvc.get().uri("/cases/" + caseId).exchange());

        assertThat(page.select("#events-heading").text()).isEqualTo("Timeline (11)");
        assertThat(page.select("#events li").eachText()).containsExactly(
                "2020-01-01 Case opened: Investigation",
                "2020-04-20 Case status: Operational",
                "2020-05-01 Raid in Latvia, 4 servers recorded",
                "2020-06-01 Server late.test.example seized in Latvia",
                "2020-06-15 Server late.test.example: Imaged",
                "2020-09-01 Ada Timeline joins the case as Defendant",
                "2020-09-15 Ada Timeline: Arrested",
                "2020-10-01 Ada Timeline charged under 18 U.S.C. § 371, 2 counts",
                "2020-11-01 Extradition of Ada Timeline requested from Cyprus",
                "2020-12-01 Extradition decision for Ada Timeline: Granted",
                hearing + " Extradition hearing of Ada Timeline in Cyprus scheduled");
        assertThat(page.select("#events li a").eachAttr("href")).containsExactly("/cases/" + caseId,
                "/cases/" + caseId, "/raids/" + raid, "/servers/" + later, "/servers/" + later,
                "/defendants/" + defendant, "/defendants/" + defendant, "/defendants/" + defendant,
                "/defendants/" + defendant + "/extraditions/" + extradition,
                "/defendants/" + defendant + "/extraditions/" + extradition,
                "/defendants/" + defendant + "/extraditions/" + extradition);
        assertThat(page.select("#events time").eachAttr("datetime")).first().isEqualTo("2020-01-01");
        assertThat(page.select("#events-next, #events-first")).isEmpty();
        assertThat(charge).isPositive();
    }

    @Test
    void pagesThroughTheSparksGroupTimelineInOrderWithoutLosingOrRepeatingAnEvent() {
        long sparks = this.fixtures.count("select id from enforcement_case where reference = 'TKD-2020-0001'");
        Document page = html(this.mvc.get().uri("/cases/" + sparks).exchange());
        long total = Long.parseLong(page.select("#events-heading").text().replaceAll("\\D", ""));
        assertThat(total).isGreaterThan(CaseTimeline.PAGE_SIZE);

        List<String> seen = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            assertThat(page.select("#events li")).hasSizeLessThanOrEqualTo(CaseTimeline.PAGE_SIZE).isNotEmpty();
            for (Element event : page.select("#events li")) {
                seen.add(event.attr("data-kind") + " " + event.select("a").attr("href") + " " + event.text());
                days.add(LocalDate.parse(event.select("time").attr("datetime")));
            }
            if (pages > 1) {
                assertThat(page.select("#events-first").attr("href")).isEqualTo("/cases/" + sparks + "#events-section");
            }
            Element next = page.selectFirst("#events-next");
            if (next == null) {
                break;
            }
            page = html(this.mvc.get().uri(next.attr("href").replace("#events-section", "")).exchange());
        }

        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(days).isSorted();
        assertThat(pages).isEqualTo((int) ((total + CaseTimeline.PAGE_SIZE - 1) / CaseTimeline.PAGE_SIZE));
        assertThat(seen).anyMatch((event) -> event.startsWith("case.opened /cases/" + sparks));
        assertThat(seen).anyMatch((event) -> event.startsWith("raid /raids/") && event.contains("Raid in Latvia"));
        assertThat(seen).anyMatch((event) -> event.startsWith("defendant.joined") && event.contains("George Bridi"));
        assertThat(new HashSet<>(seen.stream().map((event) -> event.split(" ")[0]).toList()))
            .contains("case.opened", "raid", "defendant.joined", "charge.filed");
    }

    @Test
    void aPositionNoPageLinksToIsABadRequest() {
        long caseId = this.fixtures.oneCase("Bad position " + System.nanoTime(), CaseStatus.INVESTIGATION);
        for (String position : List.of("x", "2020-13-45~10~raid~1", "2020-01-01~10~Raid~1", "2020-01-01~10~raid~",
                "2020-01-01~raid~1", "2020-01-01~10~raid~1~2", "2020-01-01~10~raid~99999999999999999999",
                "2020-01-01~99999~raid~1")) {
            assertThat(this.mvc.get().uri("/cases/" + caseId).param("events", position).exchange())
                .as(position)
                .hasStatus(400);
        }
        assertThat(this.mvc.get().uri("/cases/" + caseId).param("events", "2020-01-01~10~raid~1").exchange())
            .hasStatusOk();
    }

    private void statusChange(long caseId, String from, String to, String on) {
        this.jdbc.sql("""
                insert into case_status_change (case_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                values (?, ?, ?, cast(? as date), now(), 'test')""").params(caseId, from, to, on).update();
    }

    private long server(long caseId, long raid, String hostname, String seizedOn) {
        return this.jdbc.sql("""
                insert into seized_server (case_id, raid_id, country_code, hostname, role, status, seized_on)
                values (?, ?, 'LV', ?, 'STORAGE', 'SEIZED', cast(? as date)) returning id""")
            .params(caseId, raid, hostname, seizedOn)
            .query(Long.class)
            .single();
    }

    private long defendant(long caseId, String name, String since) {
        long id = this.jdbc.sql("insert into defendant (full_name, legal_status) values (?, 'WANTED') returning id")
            .param(name)
            .query(Long.class)
            .single();
        this.jdbc.sql("insert into case_defendant (case_id, defendant_id, role, since) values (?, ?, 'DEFENDANT', cast(? as date))")
            .params(caseId, id, since)
            .update();
        return id;
    }

}
