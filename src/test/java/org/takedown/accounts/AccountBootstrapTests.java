package org.takedown.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.takedown.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone can always sign in on first start; what the first administrator's password is depends on the set-up. */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapTests {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void withDemoDataEveryRoleHasItsDemoUser() {
        for (String username : new String[] { "analyst", "investigator", "prosecutor", "admin" }) {
            var user = this.jdbc.sql("""
                    select u.password_hash, string_agg(r.role, ',') as roles from app_user u
                    join app_user_role r on r.user_id = u.id where u.username = ? group by u.password_hash
                    """).param(username).query().singleRow();
            assertThat(this.passwordEncoder.matches("takedown-demo", (String) user.get("password_hash"))).isTrue();
            assertThat(user.get("roles")).isEqualTo(username.toUpperCase());
        }
    }

    @Test
    void withoutDemoDataTheAdministratorGetsThePasswordFromTheEnvironment() {
        this.jdbc.sql("delete from app_user").update();

        new AccountBootstrap(this.accounts, false, "a long operator phrase").run(new DefaultApplicationArguments());

        String hash = this.jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class)
            .single();
        assertThat(this.passwordEncoder.matches("a long operator phrase", hash)).isTrue();
    }

    @Test
    void withoutDemoDataOrPasswordARandomOneIsPrintedOnce(CapturedOutput output) {
        this.jdbc.sql("delete from app_user").update();

        new AccountBootstrap(this.accounts, false, "").run(new DefaultApplicationArguments());
        new AccountBootstrap(this.accounts, false, "").run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("one-time password (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String hash = this.jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class)
            .single();
        assertThat(this.passwordEncoder.matches(printed.group(1), hash)).isTrue();
        assertThat(printed.find()).as("printed a second time").isFalse();
    }

}
