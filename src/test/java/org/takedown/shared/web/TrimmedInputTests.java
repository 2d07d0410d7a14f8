package org.takedown.shared.web;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input text is trimmed once, for every controller: what the forms of every module store has no surrounding white
 * space (Unicode spaces included), blank optional text is stored as none, line breaks inside a text are kept, and a
 * password is taken exactly as typed.
 */
@IntegrationTest
@Transactional
class TrimmedInputTests {

    /** An em space and an ideographic space: white space to {@link String#strip()}, not to {@link String#trim()}. */
    private static final String UNICODE_SPACES = "\u2003\u3000";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aCaseIsStoredWithItsTextTrimmedItsLineBreaksKeptAndABlankOptionalTextAsNone() {
        String reference = "TKD-1899-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        MvcTestResult result = this.mvc.post()
            .uri("/cases")
            .param("reference", " " + reference + UNICODE_SPACES)
            .param("title", UNICODE_SPACES + " Padded title \t")
            .param("summary", "\n  First line.\r\n\r\n  Second line, indented.  \n" + UNICODE_SPACES)
            .param("modusOperandi", " " + UNICODE_SPACES + "\n")
            .param("leadAgencyId", String.valueOf(agency("HSI")))
            .param("openedOn", "2020-01-01")
            .exchange();
        assertThat(result).hasStatus3xxRedirection();

        Map<String, Object> row = db().sql("select title, summary, modus_operandi from enforcement_case where reference = ?")
            .param(reference)
            .query()
            .singleRow();
        assertThat(row).containsEntry("title", "Padded title")
            .containsEntry("summary", "First line.\r\n\r\n  Second line, indented.")
            .containsEntry("modus_operandi", null);
    }

    @Test
    void aRequiredTextOfOnlyUnicodeSpacesIsBlank() throws Exception {
        MvcTestResult result = this.mvc.post()
            .uri("/cases")
            .param("title", UNICODE_SPACES)
            .exchange();
        assertThat(result).hasStatusOk().hasViewName("cases/form");
        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#title-error").text())
            .isEqualTo("This field is required.");
    }

    @Test
    void theRowsOfARaidAndItsOptionalFieldsAreTrimmedToo() {
        long caseId = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        String hostname = "padded-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + ".test.example";
        MvcTestResult result = this.mvc.post()
            .uri("/cases/{id}/raids", caseId)
            .param("version", "0")
            .param("jurisdictionCode", " lv" + UNICODE_SPACES)
            .param("status", "COMPLETED")
            .param("raidDate", "2021-05-04")
            .param("timeZone", UNICODE_SPACES + "Europe/Riga ")
            .param("legalBasis", "EIO")
            .param("legalReference", UNICODE_SPACES)
            .param("outcome", "  One server seized.\nNo arrests. ")
            .param("arrestsMade", "0")
            .param("servers[0].hostname", "\t" + hostname.toUpperCase() + ". " + UNICODE_SPACES)
            .param("servers[0].role", "STORAGE")
            .param("servers[0].hostingProvider", UNICODE_SPACES + "Baltic Hosting  ")
            .param("servers[0].countryCode", " ")
            .exchange();
        assertThat(result).hasStatus3xxRedirection();

        Map<String, Object> server = db().sql("""
                select s.hostname, s.hosting_provider, s.country_code, r.time_zone, r.legal_reference, r.outcome
                from seized_server s join raid r on r.id = s.raid_id where s.hostname = ?""")
            .param(hostname)
            .query()
            .singleRow();
        assertThat(server).containsEntry("hosting_provider", "Baltic Hosting")
            .containsEntry("country_code", "LV")
            .containsEntry("time_zone", "Europe/Riga")
            .containsEntry("legal_reference", null)
            .containsEntry("outcome", "One server seized.\nNo arrests.");
    }

    @Test
    void anAliasIsStoredTrimmed() {
        long defendant = this.jdbc.sql("select id from defendant where full_name = 'Jonathan Correa'")
            .query(Long.class)
            .single();
        assertThat(this.mvc.post()
            .uri("/defendants/{id}/aliases", defendant)
            .param("alias", UNICODE_SPACES + "  Padded Alias ")
            .param("source", " Informant" + UNICODE_SPACES)
            .param("confidence", "LOW")).hasStatus3xxRedirection();

        assertThat(db().sql("select source from defendant_alias where defendant_id = ? and alias = 'Padded Alias'")
            .param(defendant)
            .query(String.class)
            .single()).isEqualTo("Informant");
    }

    @Test
    void aPasswordIsTakenExactlyAsTypedWhileTheOtherFieldsOfItsFormAreTrimmed() {
        String username = "padded." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String password = "  a long and unusual phrase" + UNICODE_SPACES;
        assertThat(this.mvc.post()
            .uri("/admin/users")
            .param("username", UNICODE_SPACES + username + " ")
            .param("displayName", " Padded User" + UNICODE_SPACES)
            .param("roles", "ANALYST")
            .param("password", password)).hasStatus3xxRedirection();

        Map<String, Object> user = db().sql("select id, display_name, password_hash from app_user where username = ?")
            .param(username)
            .query()
            .singleRow();
        assertThat(user).containsEntry("display_name", "Padded User");
        assertThat(this.passwordEncoder.matches(password, (String) user.get("password_hash"))).isTrue();
        assertThat(this.passwordEncoder.matches(password.strip(), (String) user.get("password_hash"))).isFalse();

        String reset = " another unusual long phrase ";
        assertThat(this.mvc.post().uri("/admin/users/{id}/password", user.get("id")).param("password", reset))
            .hasStatus3xxRedirection();
        String hash = db().sql("select password_hash from app_user where username = ?")
            .param(username)
            .query(String.class)
            .single();
        assertThat(this.passwordEncoder.matches(reset, hash)).isTrue();
        assertThat(this.passwordEncoder.matches(reset.strip(), hash)).isFalse();
    }

    private long agency(String acronym) {
        return this.jdbc.sql("select id from agency where acronym = ?").param(acronym).query(Long.class).single();
    }

    /** Writes what Hibernate holds back, so that plain SQL sees it inside the test's transaction. */
    private JdbcClient db() {
        this.entityManager.flush();
        return this.jdbc;
    }

}
