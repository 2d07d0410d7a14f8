package org.takedown.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.takedown.cases.CaseTestData;
import org.takedown.defendants.DefendantTestData;
import org.takedown.defendants.LegalStatus;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.RaidTestData;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The History tab names associated records and translates codes, pages its revisions and costs the same statements
 * however long the history. Envers writes revisions on commit, so each change here is its own committed transaction
 * on uniquely named records.
 */
@IntegrationTest
class HistoryTabTests {

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    List<HistorySubject> subjects;

    @Autowired
    HistoryNames names;

    @Autowired
    CaseTestData cases;

    @Autowired
    RaidTestData raids;

    @Autowired
    DefendantTestData defendants;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void defendantHistoryNamesTheCustodyJurisdictionAndTranslatesTheLegalStatus() {
        signInAs("prosecutor-history");
        String name = "History Subject " + UUID.randomUUID();
        long id = newDefendant(name);
        committed(() -> {
            this.defendants.recordArrest(id, LocalDate.of(2031, 3, 1), "Riga airport", "LV");
            this.defendants.changeLegalStatus(id, LegalStatus.ARRESTED, today(), "prosecutor-history", "Arrested");
        });
        committed(() -> {
            this.defendants.recordArrest(id, LocalDate.of(2031, 3, 1), "Riga airport", "CY");
            this.defendants.changeLegalStatus(id, LegalStatus.EXTRADITION_REQUESTED, today(), "prosecutor-history",
                    "Requested");
        });

        Document page = history("/defendants/{id}/history", id);
        assertThat(page.select("h1").text()).contains(name);
        var revisions = page.select("#history tbody");
        assertThat(revisions).hasSize(3);
        String newest = revisions.get(0).text();
        assertThat(newest).contains("prosecutor-history", "Changed", "Custody jurisdiction", "Latvia", "Cyprus",
                "Legal status", "Arrested", "Extradition requested")
            .doesNotContain("EXTRADITION_REQUESTED", "ARRESTED");
        assertThat(revisions.get(0).select("a[href=/jurisdictions/CY]").text()).isEqualTo("Cyprus");
        assertThat(revisions.get(0).select("a[href=/jurisdictions/LV]").text()).isEqualTo("Latvia");
        assertThat(revisions.get(1).text()).contains("Wanted", "Arrested", "Arrested on", "2031-03-01", "Riga airport");
        assertThat(revisions.get(2).text()).contains("Created", "Nationality", "Latvia", "Date of birth", "1990-05-17");
        assertThat(page.select("#history-note").text()).contains("named as they were at the time of each change");
    }

    @Test
    void raidHistoryNamesItsLeadAgencyAndLinksItsCase() {
        signInAs("investigator-history");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Long[] ids = this.transactions.execute((status) -> {
            Agency first = agency("History Police " + tag, "HP" + tag.substring(0, 3));
            Agency second = agency("History Customs " + tag, null);
            Long caseId = newCase(first);
            Long raidId = this.raids.raid(caseId, "EE", RaidStatus.PLANNED, LocalDate.of(2021, 4, 2),
                    LocalTime.of(6, 0), ZoneId.of("Europe/Tallinn"), LegalBasis.EIO, LocalDate.of(2021, 3, 1),
                    "investigator-history");
            this.raids.assignAgencies(raidId, first.getId(), Set.of());
            return new Long[] { raidId, second.getId(), caseId };
        });
        committed(() -> {
            this.raids.assignAgencies(ids[0], ids[1], Set.of());
            this.raids.changeStatus(ids[0], RaidStatus.COMPLETED, LocalDate.of(2021, 4, 2), "investigator-history",
                    "Searched");
            this.raids.recordOutcome(ids[0], "Two servers seized", 1);
        });
        // renamed later, outside the application: the history keeps the name the agency had at each revision
        this.jdbc.sql("update agency set name = ? where name = ?")
            .params("Renamed Police " + tag, "History Police " + tag)
            .update();

        Document page = history("/raids/{id}/history", ids[0]);
        assertThat(page.select("h1").text()).contains("2021-04-02, Estonia");
        var newest = page.select("#history tbody").get(0);
        assertThat(newest.text()).contains("Lead agency", "History Police " + tag + " (HP" + tag.substring(0, 3) + ")",
                "History Customs " + tag, "Status", "Planned", "Completed")
            .doesNotContain("COMPLETED", "(id)", "Renamed Police");
        var created = page.select("#history tbody").last();
        assertThat(created.text()).contains("Created", "Legal basis", "European Investigation Order", "Jurisdiction",
                "Estonia", "Case");
        assertThat(created.select("a[href=/cases/" + ids[2] + "]").text()).startsWith("TKD-");
        assertThat(created.select("a[href=/jurisdictions/EE]").text()).isEqualTo("Estonia");
    }

    @Test
    void serverHistoryTranslatesEachStatusAndLinksItsCaseAndCountry() {
        signInAs("investigator-history");
        Long[] ids = this.transactions.execute((status) -> {
            Long caseId = newCase(agency("Server Police " + UUID.randomUUID(), null));
            Long serverId = this.raids.server(caseId, "NL", "history-" + UUID.randomUUID() + ".example",
                    List.of("192.0.2.77"), ServerRole.STORAGE, ServerStatus.IDENTIFIED, today(),
                    "investigator-history");
            return new Long[] { serverId, caseId };
        });
        for (ServerStatus target : List.of(ServerStatus.SEIZED, ServerStatus.IMAGED)) {
            committed(() -> this.raids.changeServerStatus(ids[0], target, today(), "investigator-history",
                    "Next step"));
        }

        Document page = history("/servers/{id}/history", ids[0]);
        var revisions = page.select("#history tbody");
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).select(".history-from").text()).isEqualTo("Seized");
        assertThat(revisions.get(0).select(".history-to").text()).isEqualTo("Imaged");
        assertThat(revisions.get(1).text()).contains("Identified", "Seized");
        assertThat(page.select("#history").text()).doesNotContain("IMAGED", "SEIZED", "IDENTIFIED", "STORAGE");
        assertThat(revisions.get(2).text()).contains("Role", "Storage", "IP addresses", "192.0.2.77", "Country",
                "Netherlands");
        assertThat(revisions.get(2).select("a[href=/cases/" + ids[1] + "]")).hasSize(1);
        assertThat(revisions.get(2).select("a[href=/jurisdictions/NL]").text()).isEqualTo("Netherlands");
    }

    @Test
    void historyCostsTheSameStatementsFor3And60Revisions() {
        signInAs("prosecutor-history");
        long shortHistory = defendantWithRevisions(3);
        long longHistory = defendantWithRevisions(60);

        history("/defendants/{id}/history", shortHistory);
        this.counter.reset();
        Document small = history("/defendants/{id}/history", shortHistory);
        int forThree = this.counter.count();
        this.counter.reset();
        Document large = history("/defendants/{id}/history", longHistory);
        int forSixty = this.counter.count();

        assertThat(small.select("#history tbody")).hasSize(3);
        assertThat(large.select("#history tbody")).hasSize(20);
        assertThat(large.select("#history a[href^=/jurisdictions/]").size()).isGreaterThan(20);
        assertThat(forSixty).isEqualTo(forThree).isLessThanOrEqualTo(5);
    }

    @Test
    void revisionsArePagedNewestFirstAndTheFirstOfAPageStillShowsWhatItChanged() {
        signInAs("prosecutor-history");
        long id = defendantWithRevisions(45);

        Document first = history("/defendants/{id}/history", id);
        assertThat(first.select("#history tbody")).hasSize(20);
        assertThat(first.select(".pagination").text()).contains("Page 1 of 3");
        assertThat(first.select("#history tbody").get(0).text()).contains("Place of arrest", "Place 44");
        // the oldest revision of the page is compared with the newest of the next page
        var oldestOnPage = first.select("#history tbody").last();
        assertThat(oldestOnPage.text()).contains("Changed", "Place 24", "Place 25");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).contains("page=1");

        Document last = history("/defendants/{id}/history?page=2", id);
        assertThat(last.select("#history tbody")).hasSize(5);
        assertThat(last.select("#history tbody").last().text()).contains("Created");
        assertThat(last.select(".pagination").text()).contains("Page 3 of 3");

        assertThat(this.mvc.get().uri("/defendants/{id}/history?page=99", id)).hasStatusOk();
        assertThat(this.mvc.get().uri("/defendants/{id}/history?page=abc&size=100000", id)).hasStatusOk();
        assertThat(history("/defendants/{id}/history?size=100000", id).select("#history tbody")).hasSize(45);
    }

    @Test
    void aFieldDeclaredAsAnIdReferenceIsNamedThroughItsKindAsItStoodAtEachRevision() {
        // No audited entity holds another record's id yet, so the servers here are described by a subject declared
        // for this test, in which a server's ASN (a Long) holds the id of a raid.
        HistorySubject servers = this.subjects.stream()
            .filter((subject) -> subject.kind().equals("servers"))
            .findFirst()
            .orElseThrow();
        HistorySubject asnIsARaid = new HistorySubject() {
            @Override
            public String kind() {
                return "servers";
            }

            @Override
            public Class<?> type() {
                return servers.type();
            }

            @Override
            public Naming naming() {
                return new Naming("seized_server", "seized_server_aud", "id", "r.hostname");
            }

            @Override
            public Map<String, String> idReferences() {
                return Map.of("asn", "raids");
            }
        };
        List<HistorySubject> declared = new ArrayList<>(
                this.subjects.stream().filter((subject) -> !subject.kind().equals("servers")).toList());
        declared.add(asnIsARaid);
        RecordHistory history = new RecordHistory(this.entityManager, this.names, new HistorySubjects(declared));

        signInAs("investigator-history");
        Long[] ids = this.transactions.execute((status) -> {
            Long caseId = newCase(agency("Reference Police " + UUID.randomUUID(), null));
            Long first = this.raids.raid(caseId, "EE", RaidStatus.PLANNED, LocalDate.of(2031, 5, 1),
                    LocalTime.of(6, 0), ZoneId.of("Europe/Tallinn"), LegalBasis.EIO, LocalDate.of(2031, 1, 5),
                    "investigator-history");
            Long second = this.raids.raid(caseId, "LV", RaidStatus.PLANNED, LocalDate.of(2031, 6, 1),
                    LocalTime.of(6, 0), ZoneId.of("Europe/Riga"), LegalBasis.EIO, LocalDate.of(2031, 1, 5),
                    "investigator-history");
            Long server = this.raids.server(caseId, "EE", "reference-" + UUID.randomUUID() + ".example",
                    List.of("192.0.2.78"), ServerRole.STORAGE, ServerStatus.IDENTIFIED, LocalDate.of(2031, 1, 5),
                    "investigator-history");
            this.raids.describeHosting(server, "Reference hosting", first);
            return new Long[] { server, first, second };
        });
        committed(() -> this.raids.reschedule(ids[1], "EE", LocalDate.of(2031, 5, 9), LocalTime.of(6, 0),
                ZoneId.of("Europe/Tallinn")));
        committed(() -> this.raids.describeHosting(ids[0], "Reference hosting", ids[2]));

        List<RevisionChanges> revisions = this.transactions
            .execute((status) -> history.of(asnIsARaid, ids[0], PageRequest.of(0, 20)))
            .revisions()
            .getContent();
        assertThat(revisions).hasSize(2);
        FieldChange moved = revisions.get(0)
            .changes()
            .stream()
            .filter((change) -> change.field().equals("asn"))
            .findFirst()
            .orElseThrow();
        // the first raid as it stood when the server last named it, not as it was rescheduled since
        assertThat(moved.from()).isEqualTo(new HistoryValue("2031-05-01, Estonia", null, "/raids/" + ids[1]));
        assertThat(moved.to()).isEqualTo(new HistoryValue("2031-06-01, Latvia", null, "/raids/" + ids[2]));
        assertThat(revisions.get(1).changes()).contains(new FieldChange("asn", null,
                new HistoryValue("2031-05-01, Estonia", null, "/raids/" + ids[1])));
    }

    @Test
    void onlyKindsWithAHistoryTabHaveAHistoryRoute() {
        assertThat(this.mvc.get().uri("/jurisdictions/LV/history")).hasStatus(404);
        assertThat(this.mvc.get().uri("/agencies/1/history")).hasStatus(404);
        assertThat(this.mvc.get().uri("/views/1/history")).hasStatus(404);
    }

    /** A defendant with exactly {@code revisions} revisions: created, then custody and place changed each time. */
    private long defendantWithRevisions(int revisions) {
        List<String> countries = this.jdbc
            .sql("select code from jurisdiction where kind = 'COUNTRY' order by code limit 70")
            .query(String.class)
            .list();
        long id = newDefendant("History Paging " + UUID.randomUUID());
        for (int i = 1; i < revisions; i++) {
            String code = countries.get(i % countries.size());
            String place = "Place " + i;
            committed(() -> this.defendants.recordArrest(id, LocalDate.of(2031, 1, 1), place, code));
        }
        return id;
    }

    private long newDefendant(String name) {
        return this.transactions.execute((status) -> this.defendants.defendant(name, "LV", LocalDate.of(1990, 5, 17),
                LegalStatus.WANTED, today(), "prosecutor-history"));
    }

    /** Runs {@code change} in a transaction of its own: Envers writes one revision when it commits. */
    private void committed(Runnable change) {
        this.transactions.executeWithoutResult((status) -> change.run());
    }

    private Agency agency(String name, String acronym) {
        Agency agency = new Agency(name, acronym, AgencyKind.POLICE, jurisdiction("EE"));
        this.entityManager.persist(agency);
        return agency;
    }

    private Long newCase(Agency lead) {
        String reference = "TKD-2032-" + (10000 + (int) (Math.random() * 89999));
        return this.cases.open(reference, "History operation", "Summary", lead.getId(), LocalDate.of(2031, 1, 5),
                "investigator-history").id();
    }

    private Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

    private Document history(String uri, Object id) {
        SecurityContextHolder.clearContext();
        var result = this.mvc.get().uri(uri, id).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    /** Today as the application's UTC clock has it: a status change cannot take effect later. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

}
