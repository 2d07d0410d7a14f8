package org.takedown.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takedown.shared.CurrentUser;
import org.takedown.shared.RuleViolations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in on first start. With demo data on, one demo user per role (password
 * {@value #DEMO_PASSWORD}); without it, an administrator "admin" with the password from TAKEDOWN_ADMIN_PASSWORD,
 * or a random one printed once to the log.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "takedown-demo";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;

    private final boolean demoData;

    private final String adminPassword;

    AccountBootstrap(AccountService accounts, @Value("${takedown.demo-data.enabled:true}") boolean demoData,
            @Value("${takedown.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.demoData = demoData;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (this.demoData) {
            createDemoUser("analyst", "Demo Analyst", EnumSet.of(Role.ANALYST));
            createDemoUser("investigator", "Demo Investigator", EnumSet.of(Role.INVESTIGATOR));
            createDemoUser("prosecutor", "Demo Prosecutor", EnumSet.of(Role.PROSECUTOR));
            createDemoUser("admin", "Demo Administrator", EnumSet.of(Role.ADMIN));
        }
        else if (this.accounts.count() == 0) {
            createFirstAdministrator();
        }
    }

    private void createDemoUser(String username, String displayName, Set<Role> roles) {
        if (!this.accounts.exists(username)) {
            this.accounts.create(new CreateUser(username, displayName, null, roles, DEMO_PASSWORD),
                    CurrentUser.SYSTEM);
        }
    }

    private void createFirstAdministrator() {
        if (StringUtils.hasText(this.adminPassword)) {
            try {
                createAdministrator(this.adminPassword);
            }
            catch (RuleViolations violations) {
                throw new IllegalStateException("TAKEDOWN_ADMIN_PASSWORD is not acceptable ("
                        + violations.violations().get(0).code()
                        + "): use at least 12 characters, not a common password and not containing 'admin'");
            }
            log.info("Created the administrator 'admin' with the password from TAKEDOWN_ADMIN_PASSWORD");
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        createAdministrator(password);
        // Printed once, on purpose: the only way into a fresh installation without TAKEDOWN_ADMIN_PASSWORD.
        log.warn("Created the administrator 'admin' with the one-time password {} - sign in and change it now",
                password);
    }

    private void createAdministrator(String password) {
        this.accounts.create(new CreateUser("admin", "Administrator", null, EnumSet.of(Role.ADMIN), password),
                CurrentUser.SYSTEM);
    }

}
