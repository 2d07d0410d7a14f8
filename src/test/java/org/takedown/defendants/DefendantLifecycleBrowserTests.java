package org.takedown.defendants;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an investigator and a prosecutor do with defendants in the browser: create one from a case page (seeing the
 * duplicate warning), link an existing one, take one out, merge two records. Real HTTP, no rollback: every record is
 * new and uniquely named.
 */
class DefendantLifecycleBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "prosecutor";
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsADefendantFromACasePageAfterTheDuplicateWarningLinksAnotherAndTakesOneOut() {
        DefendantFixtures fixtures = new DefendantFixtures(this.jdbc);
        String tag = DefendantFixtures.uniqueTag();
        long caseId = fixtures.newCase("Browser lifecycle " + tag, LocalDate.of(2021, 3, 1));
        long existing = fixtures.defendant("Orrin Blackwater " + tag, "WANTED", "NO", null);

        open("/cases/" + caseId);
        assertThat(browser.findElement(By.id("defendants-heading")).getText()).isEqualTo("Defendants (0)");
        click(By.id("new-defendant"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("defendant-new-form")));
        browser.findElement(By.id("fullName")).sendKeys("Orrin Blackwatter " + tag);
        pick("nationality", "Norw");
        click(By.cssSelector("#defendant-new-form button[type=submit]"));

        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("duplicates")));
        assertThat(browser.findElement(By.id("duplicates")).getText()).contains("Orrin Blackwater " + tag, "Norway");
        screenshot("defendant-duplicate-warning");
        noSidewaysScroll("defendant-duplicate-warning-390");
        click(By.id("create-anyway"));

        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "The defendant was recorded"));
        assertThat(currentPath()).isEqualTo("/cases/" + caseId);
        assertThat(browser.findElement(By.id("defendants")).getText()).contains("Orrin Blackwatter " + tag, "Suspect",
                "Norway");

        click(By.id("link-defendant"));
        browser.findElement(By.id("q")).sendKeys("Orrin Blackwater " + tag);
        click(By.cssSelector("#link-search button"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
        new Select(browser.findElement(By.id("role"))).selectByValue("WITNESS");
        screenshot("defendant-link");
        noSidewaysScroll("defendant-link-390");
        click(By.cssSelector("#matches button[value='" + existing + "']"));
        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("defendants-heading"),
                "Defendants (2)"));
        assertThat(browser.findElement(By.id("defendants")).getText()).contains("Witness");
        screenshot("case-defendants");
        noSidewaysScroll("case-defendants-390");

        click(By.cssSelector("button[aria-label='Take Orrin Blackwater " + tag + " out of the case']"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("unlink-form")));
        click(By.cssSelector("#unlink-form button[type=submit]"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        browser.findElement(By.id("reason")).sendKeys("A namesake: the witness is someone else");
        noSidewaysScroll("defendant-unlink-390");
        click(By.cssSelector("#unlink-form button[type=submit]"));
        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("defendants-heading"),
                "Defendants (1)"));
        assertThat(this.jdbc.sql("select void_reason from case_defendant where case_id = ? and defendant_id = ?")
            .params(caseId, existing).query(String.class).single()).isEqualTo("A namesake: the witness is someone else");

        // Envers keeps the link as it was before and after the voiding
        assertThat(this.jdbc.sql("select void_reason from case_defendant_aud where case_id = ? and defendant_id = ? order by rev")
            .params(caseId, existing).query(String.class).list()).containsExactly(null,
                    "A namesake: the witness is someone else");
    }

    @Test
    void aProsecutorMergesTwoRecordsOfOnePersonAndTheMergedOneRedirects() {
        DefendantFixtures fixtures = new DefendantFixtures(this.jdbc);
        String tag = DefendantFixtures.uniqueTag();
        long caseId = fixtures.newCase("Browser merge " + tag, LocalDate.of(2020, 1, 1));
        long survivor = fixtures.defendant("Ysolde Brannagh " + tag, "WANTED", "NO", null);
        long merged = fixtures.defendant("Ysolde Branagh " + tag, "WANTED", null, null);
        fixtures.addToCase(merged, caseId);
        fixtures.alias(merged, "Brandy " + tag);

        open("/defendants");
        assertThat(browser.findElement(By.id("new-defendant")).getAttribute("href")).endsWith("/defendants/new");
        open("/defendants/" + survivor);
        click(By.id("merge-duplicate"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
        click(By.cssSelector("#matches a[href$='from=" + merged + "']"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
        assertThat(browser.findElement(By.id("merged")).getText()).contains("Brandy " + tag);
        screenshot("defendant-merge");
        noSidewaysScroll("defendant-merge-390");
        click(By.cssSelector("#merge-form button[type=submit]"));

        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "The records were merged"));
        assertThat(browser.findElement(By.id("aliases")).getText()).contains("Brandy " + tag, "Ysolde Branagh " + tag);
        assertThat(browser.findElement(By.id("cases")).getText()).contains("Browser merge " + tag);
        assertThat(browser.findElement(By.id("merged-records")).getText()).contains("Ysolde Branagh " + tag);
        screenshot("defendant-after-merge");
        noSidewaysScroll("defendant-after-merge-390");

        open("/defendants/" + merged);
        assertThat(currentPath()).isEqualTo("/defendants/" + survivor);
        open("/defendants/" + survivor + "/history");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("prosecutor");
    }

    /** The page at a phone's 390 px is no wider than the window; then back to the desk width. */
    private void noSidewaysScroll(String name) {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            long scrollWidth = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
            long clientWidth = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth");
            screenshot(name);
            assertThat(scrollWidth).as("width of %s at 390 px", name).isLessThanOrEqualTo(clientWidth);
        }
        finally {
            browser.manage().window().setSize(new Dimension(1366, 1000));
        }
    }

}
