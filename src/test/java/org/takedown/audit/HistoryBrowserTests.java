package org.takedown.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.takedown.defendants.DefendantTestData;
import org.takedown.defendants.LegalStatus;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP on a uniquely named defendant: the History tab as a prosecutor reads it. */
class HistoryBrowserTests extends BrowserTest {

    @Autowired
    DefendantTestData defendants;

    @Autowired
    TransactionTemplate transactions;

    @Override
    protected String user() {
        return "prosecutor";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProsecutorReadsADefendantsHistoryInNamesAndLabelsAndFollowsAJurisdictionLink() {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prosecutor", null,
                    AuthorityUtils.createAuthorityList("ROLE_PROSECUTOR")));
        String name = "Browser History " + UUID.randomUUID().toString().substring(0, 8);
        long id = this.transactions.execute((status) -> this.defendants.defendant(name, "SE",
                LocalDate.of(1987, 2, 11), LegalStatus.WANTED, today(), "prosecutor"));
        this.transactions.executeWithoutResult((status) -> {
            this.defendants.recordArrest(id, LocalDate.of(2031, 6, 3), "Arlanda airport", "SE");
            this.defendants.changeLegalStatus(id, LegalStatus.ARRESTED, today(), "prosecutor", "Arrested");
        });
        this.transactions.executeWithoutResult((status) -> this.defendants.changeLegalStatus(id,
                LegalStatus.IN_CUSTODY, today(), "prosecutor", "Held"));
        this.transactions.executeWithoutResult((status) -> {
            this.defendants.recordArrest(id, LocalDate.of(2031, 6, 3), "Arlanda airport", "US-NYSD");
            this.defendants.changeLegalStatus(id, LegalStatus.EXTRADITED, today(), "prosecutor", "Surrendered");
        });

        open("/defendants/" + id);
        click(By.linkText("History"));
        waitUpTo().until((driver) -> !driver.findElements(By.id("history")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
        String newest = browser.findElement(By.cssSelector("#history tbody")).getText();
        assertThat(newest).contains("Custody jurisdiction", "Sweden", "Legal status", "In custody", "Extradited")
            .doesNotContain("IN_CUSTODY", "EXTRADITED", "US-NYSD");
        screenshot("defendant-history");

        click(By.cssSelector("#history tbody .history-from a[href='/jurisdictions/SE']"));
        waitUpTo().until((driver) -> currentPath().equals("/jurisdictions/SE"));
    }

    /** Today as the application's UTC clock has it: a status change cannot take effect later. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

}
