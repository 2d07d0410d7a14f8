package org.takedown.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.takedown.defendants.Defendant;
import org.takedown.defendants.LegalStatus;
import org.takedown.jurisdictions.Jurisdiction;
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
    EntityManager entityManager;

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
        long id = this.transactions.execute((status) -> {
            Defendant defendant = new Defendant(name, jurisdiction("SE"), LocalDate.of(1987, 2, 11),
                    LegalStatus.WANTED, today(), "prosecutor", Instant.now());
            this.entityManager.persist(defendant);
            return defendant.getId();
        });
        change(id, (defendant) -> {
            defendant.recordArrest(LocalDate.of(2031, 6, 3), "Arlanda airport", jurisdiction("SE"));
            defendant.changeLegalStatus(LegalStatus.ARRESTED, today(), "prosecutor", "Arrested", Instant.now());
        });
        change(id, (defendant) -> defendant.changeLegalStatus(LegalStatus.IN_CUSTODY, today(), "prosecutor",
                "Held", Instant.now()));
        change(id, (defendant) -> {
            defendant.recordArrest(LocalDate.of(2031, 6, 3), "Arlanda airport", jurisdiction("US-NYSD"));
            defendant.changeLegalStatus(LegalStatus.EXTRADITED, today(), "prosecutor", "Surrendered",
                    Instant.now());
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

    private void change(long id, Consumer<Defendant> change) {
        this.transactions.executeWithoutResult((status) -> change.accept(this.entityManager.find(Defendant.class, id)));
    }

    private Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

    /** Today as the application's UTC clock has it: a status change cannot take effect later. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

}
