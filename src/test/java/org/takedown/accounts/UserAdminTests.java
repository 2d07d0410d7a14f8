package org.takedown.accounts;

import java.util.EnumSet;
import java.util.UUID;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@Transactional
class UserAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    /** Writes what Hibernate holds back to the database, so plain SQL sees it inside the test's transaction. */
    private JdbcClient db() {
        this.entityManager.flush();
        return this.jdbc;
    }

    @Test
    void administratorCreatesAUserWithAHashedPassword() {
        MvcTestResult result = this.mvc.post()
            .uri("/admin/users")
            .param("username", "new.analyst")
            .param("displayName", "New Analyst")
            .param("roles", "ANALYST", "INVESTIGATOR")
            .param("password", "a long and unusual phrase")
            .exchange();

        assertThat(result).hasStatus3xxRedirection();
        var row = db().sql("select display_name, password_hash, enabled from app_user where username = 'new.analyst'")
            .query()
            .singleRow();
        assertThat(row).containsEntry("display_name", "New Analyst").containsEntry("enabled", true);
        String hash = (String) row.get("password_hash");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long and unusual phrase");
        assertThat(this.passwordEncoder.matches("a long and unusual phrase", hash)).isTrue();
        assertThat(db().sql("select role from app_user_role r join app_user u on u.id = r.user_id "
                + "where u.username = 'new.analyst' order by role").query(String.class).list())
            .containsExactly("ANALYST", "INVESTIGATOR");
        assertThat(db().sql("select count(*) from audit_log where event = 'USER_CREATED' and detail like '%new.analyst%'")
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void rejectsShortCommonAndDuplicatePasswordsAndNamesNextToTheField() {
        assertFieldError(create("short.pw", "short pw"), "password", "at least 12 characters");
        assertFieldError(create("common.pw", "PasswordPassword"), "password", "too common");
        assertFieldError(create("analyst", "a long and unusual phrase"), "username", "taken");
        assertFieldError(create("Bad Name!", "a long and unusual phrase"), "username", "lower-case");
        assertThat(db().sql("select count(*) from app_user where username in ('short.pw', 'common.pw')")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void onlyAdministratorsManageUsers() {
        assertThat(this.mvc.get().uri("/admin/users").with(user("p").roles("PROSECUTOR"))).hasStatus(403);
        assertThat(this.mvc.post().uri("/admin/users").param("username", "x1").with(user("p").roles("PROSECUTOR")))
            .hasStatus(403);
        assertThat(this.mvc.get().uri("/admin/users").with(user("a").roles("ADMIN"))).hasStatusOk();
    }

    @Test
    void disablesUnlocksAndResetsPasswords() {
        AppUser user = this.accounts.create(new CreateUser("to.manage", "To Manage", null, EnumSet.of(Role.ANALYST),
                "a long and unusual phrase"), "test");

        assertThat(this.mvc.post().uri("/admin/users/{id}/disable", user.getId())).hasStatus3xxRedirection();
        assertThat(db().sql("select enabled from app_user where id = ?").param(user.getId()).query(Boolean.class)
            .single()).isFalse();

        db().sql("update app_user set failed_attempts = 3, locked_until = now() + interval '10 minutes' where id = ?")
            .param(user.getId())
            .update();
        this.entityManager.clear();
        assertThat(this.mvc.post().uri("/admin/users/{id}/unlock", user.getId())).hasStatus3xxRedirection();
        assertThat(db().sql("select locked_until from app_user where id = ?").param(user.getId()).query()
            .singleRow()).containsEntry("locked_until", null);

        assertFieldError(this.mvc.post().uri("/admin/users/{id}/password", user.getId()).param("password", "tiny")
            .exchange(), "password", "at least 12");
        assertThat(this.mvc.post().uri("/admin/users/{id}/password", user.getId())
            .param("password", "another unusual long phrase")).hasStatus3xxRedirection();
        String hash = db().sql("select password_hash from app_user where id = ?").param(user.getId())
            .query(String.class)
            .single();
        assertThat(this.passwordEncoder.matches("another unusual long phrase", hash)).isTrue();
    }

    @Test
    void theSecondOfTwoRacingEditsGetsAConflictPageWithBothValues() throws Exception {
        AppUser user = this.accounts.create(new CreateUser("raced." + UUID.randomUUID().toString().substring(0, 6),
                "Original", null, EnumSet.of(Role.ANALYST), "a long and unusual phrase"), "test");
        long version = user.getVersion();

        // both administrators opened the form at the same version; the first one saves
        assertThat(this.mvc.post().uri("/admin/users/{id}", user.getId()).param("displayName", "First admin's name")
            .param("roles", "ANALYST").param("version", String.valueOf(version))).hasStatus3xxRedirection();

        MvcTestResult second = this.mvc.post()
            .uri("/admin/users/{id}", user.getId())
            .param("displayName", "Second admin's name")
            .param("roles", "ANALYST")
            .param("version", String.valueOf(version))
            .exchange();

        assertThat(second).hasStatus(409);
        var conflict = Jsoup.parse(second.getResponse().getContentAsString()).select("#conflict");
        assertThat(conflict.text()).contains("Second admin's name", "First admin's name");
        assertThat(db().sql("select display_name from app_user where id = ?").param(user.getId())
            .query(String.class)
            .single()).isEqualTo("First admin's name");
    }

    private MvcTestResult create(String username, String password) {
        return this.mvc.post()
            .uri("/admin/users")
            .param("username", username)
            .param("displayName", "Someone")
            .param("roles", "ANALYST")
            .param("password", password)
            .exchange();
    }

    @Test
    void theAdminListsKeepTheirOwnOrderWhateverSortIsAsked() {
        for (String uri : new String[] { "/admin/users?sort=garbage", "/admin/users?sort=passwordHash,desc",
                "/admin/audit?sort=garbage", "/admin/audit?sort=detail" }) {
            assertThat(this.mvc.get().uri(uri).exchange()).as(uri).hasStatusOk();
        }
        assertThat(Jsoup.parse(getContent(this.mvc.get().uri("/admin/users?sort=username,desc").exchange()))
            .select("#users tbody tr td:first-child")
            .eachText()).isSorted();
    }

    private static void assertFieldError(MvcTestResult result, String field, String message) {
        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(getContent(result));
        assertThat(page.select("#" + field + "-error").text()).containsIgnoringCase(message);
        assertThat(page.select("#" + field).hasClass("is-invalid")).isTrue();
    }

    private static String getContent(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
