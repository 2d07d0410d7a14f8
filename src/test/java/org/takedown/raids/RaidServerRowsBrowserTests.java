package org.takedown.raids;

import java.time.Duration;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.takedown.cases.CaseRef;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An investigator works on the servers of a saved raid: adds rows in place (htmx, no reload, nothing typed lost),
 * pastes a list of host names and addresses, and removes a server, which voids it. The raid belongs to a case of its
 * own, committed (real HTTP), so nothing rolls it back: each test removes it afterwards.
 */
class RaidServerRowsBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "investigator";
    }

    @Autowired
    RaidFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    private long raidId;

    private String recorded;

    @BeforeEach
    void aSavedRaidWithOneServerOnALaptopScreen() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        this.recorded = RaidFixtures.unique("recorded").toLowerCase() + ".browser.example";
        this.raidId = this.transactions.execute((status) -> {
            CaseRef testCase = this.fixtures.enforcementCase(LocalDate.of(2020, 1, 1));
            // in Iceland, where no other test counts servers
            Raid raid = this.fixtures.raid(testCase, "IS", LocalDate.of(2020, 2, 1));
            this.fixtures.server(raid, this.recorded);
            return raid.getId();
        });
    }

    /**
     * Back to the usual width, and the raid and its servers removed (its case stays, under its unique reference), so
     * that the counts other tests check are the demo data's. The audit rows stay, as every audit row does.
     */
    @AfterEach
    void theUsualWidthAndNoRaidLeft() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        RaidFixtures.removeRaid(this.flyway, this.raidId);
    }

    @Test
    void anInvestigatorAddsServerRowsInPlaceWithoutLosingWhatWasTyped() {
        open("/raids/" + this.raidId + "/edit");
        markThePage();
        type("servers0.hostingProvider", "Typed before adding");
        type("outcome", "Typed in the raid's own field");

        click(By.id("add-server"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers1.hostname")));
        assertThat(pageWasNotReloaded()).as("the rows were swapped in place").isTrue();
        assertThat(value("servers0.hostingProvider")).isEqualTo("Typed before adding");
        assertThat(value("outcome")).isEqualTo("Typed in the raid's own field");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("servers1.hostname");

        String added = RaidFixtures.unique("added").toLowerCase() + ".browser.example";
        type("servers1.hostname", added);
        new Select(browser.findElement(By.id("servers1.role"))).selectByValue("PROXY");
        click(By.id("add-server"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers2.hostname")));
        assertThat(value("servers1.hostname")).isEqualTo(added);
        // a new row left empty is removed in place too
        click(By.cssSelector("#server-row-2 button[name=removeServer]"));
        patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("servers2.hostname")));
        assertThat(value("servers1.hostname")).isEqualTo(added);
        assertThat(pageWasNotReloaded()).isTrue();
        screenshot("raid-edit-rows-1366");
        assertNoSidewaysScroll("raid-edit-rows");

        click(By.id("save-raid"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("raid-servers")));
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback"))).isEmpty();
        assertThat(browser.findElement(By.id("raid-servers")).getText()).contains(this.recorded, added,
                "Typed before adding");
        assertThat(browser.findElement(By.id("servers-heading")).getText()).contains("(2)");
        screenshot("raid-page-after-rows");
    }

    @Test
    void aPastedListBecomesRowsWithTheInvalidEntriesMarked() {
        open("/raids/" + this.raidId + "/edit");
        markThePage();
        String first = RaidFixtures.unique("p1").toLowerCase() + ".browser.example";
        type("pasted", first + "\n192.0.2.91, bad!host\n" + this.recorded);
        new Select(browser.findElement(By.id("pastedRole"))).selectByValue("DISTRIBUTION");
        click(By.id("paste-servers-button"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("paste-result")));
        assertThat(pageWasNotReloaded()).isTrue();
        assertThat(browser.findElement(By.id("paste-result")).getText())
            .isEqualTo("4 rows were added from the list; 2 are marked below.");
        assertThat(value("servers1.hostname")).isEqualTo(first);
        assertThat(value("servers2.ipAddresses")).isEqualTo("192.0.2.91");
        assertThat(browser.findElement(By.id("servers3.hostname-error")).getText()).startsWith("Enter a host name");
        assertThat(browser.findElement(By.id("servers4.hostname-error")).getText())
            .isEqualTo("This host name is already in server row 1.");
        assertThat(value("pasted")).isEmpty();
        screenshot("raid-edit-pasted-1366");

        // nothing was saved: the raid still has its one server
        assertThat(this.jdbc.sql("select count(*) from seized_server where raid_id = ?").param(this.raidId)
            .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anInvestigatorRemovesAServerWhichIsVoidedWithTheReason() {
        open("/raids/" + this.raidId + "/edit");
        WebElement reason = browser.findElement(By.id("servers0.removalReason"));
        assertThat(reason.isDisplayed()).as("the reason is asked for once the server is marked").isFalse();
        click(By.id("servers0.remove1"));
        assertThat(reason.isDisplayed()).isTrue();
        click(By.id("save-raid"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers0.removalReason-error")));
        assertThat(browser.findElement(By.id("servers0.removalReason-error")).getText())
            .isEqualTo("Say why this server is removed.");
        type("servers0.removalReason", "Seized in error: the provider's resolver");
        click(By.id("save-raid"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(currentPath()).isEqualTo("/raids/" + this.raidId);
        assertThat(browser.findElements(By.id("raid-servers"))).isEmpty();
        assertThat(browser.findElement(By.id("servers-heading")).getText()).contains("(0)");

        long serverId = this.jdbc.sql("select id from seized_server where hostname = ?").param(this.recorded)
            .query(Long.class).single();
        open("/servers/" + serverId);
        assertThat(browser.findElement(By.id("server-voided")).getText()).contains("investigator",
                "Seized in error: the provider's resolver");
        screenshot("server-voided-1366");
        open("/servers?q=&case=" + caseOfRaid());
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(this.recorded);
    }

    @Test
    void theEditFormAndTheRaidPageFitAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/raids/" + this.raidId + "/edit");
        click(By.id("add-server"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers1.hostname")));
        screenshot("raid-edit-rows-390");
        assertNoSidewaysScroll("raid-edit-rows-390");
        open("/raids/" + this.raidId);
        screenshot("raid-page-390");
        assertNoSidewaysScroll("raid-page-390");
    }

    private long caseOfRaid() {
        return this.jdbc.sql("select case_id from raid where id = ?").param(this.raidId).query(Long.class).single();
    }

    private void assertNoSidewaysScroll(String page) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as(page + " is no wider than the window").isLessThanOrEqualTo(viewport.intValue());
    }

    /** Leaves a mark in the page's window, which a reload would wipe. */
    private void markThePage() {
        ((JavascriptExecutor) browser).executeScript("window.takedownTestMark = 'still here'");
    }

    private boolean pageWasNotReloaded() {
        return "still here".equals(((JavascriptExecutor) browser).executeScript("return window.takedownTestMark"));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

}
