package org.takedown.defendants;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an investigator and an administrator do with a case entered by mistake, in the browser: void it with a reason
 * from its page (the reason is asked for again when missing), see it leave the case list and stay behind its banner,
 * restore it from the list of voided records, and read both on its History tab. Real HTTP, no rollback: the case is
 * new and uniquely named, and ends restored.
 */
class VoidAndRestoreBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void voidsACaseFromItsPageAndAnAdministratorRestoresIt() {
        DefendantFixtures fixtures = new DefendantFixtures(this.jdbc);
        String tag = DefendantFixtures.uniqueTag();
        long caseId = fixtures.newCase("Entered twice " + tag, LocalDate.of(2021, 3, 1));
        long defendant = fixtures.defendant("Ilse Doubled " + tag, "WANTED", "LV", null);
        fixtures.addToCase(defendant, caseId);
        String reference = this.jdbc.sql("select reference from enforcement_case where id = ?").param(caseId)
            .query(String.class).single();

        open("/cases/" + caseId);
        click(By.id("void-record"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("void-form")));
        click(By.id("void-submit"));
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        browser.findElement(By.id("reason")).sendKeys("Opened twice: " + reference + " duplicates the real case");
        noSidewaysScroll("case-void-form-390");
        click(By.id("void-submit"));

        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("voided")));
        assertThat(browser.findElement(By.id("voided")).getText()).contains("admin",
                "Opened twice: " + reference + " duplicates the real case");
        assertThat(browser.findElements(By.id("edit-case"))).isEmpty();
        assertThat(browser.findElements(By.id("status-form"))).isEmpty();
        assertThat(browser.findElement(By.id("defendants-heading")).getText()).isEqualTo("Defendants (0)");
        screenshot("case-voided");
        noSidewaysScroll("case-voided-390");
        open("/cases?q=" + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(reference);

        open("/admin/voided?type=cases");
        assertThat(browser.findElement(By.id("voided-records")).getText()).contains(reference, "admin");
        screenshot("voided-records");
        noSidewaysScroll("voided-records-390");
        click(By.xpath("//table[@id='voided-records']//tr[td/a[contains(., '" + reference
                + "')]]//button[@type='submit']"));

        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Restored"));
        assertThat(currentPath()).isEqualTo("/cases/" + caseId);
        assertThat(browser.findElements(By.id("voided"))).isEmpty();
        assertThat(browser.findElement(By.id("defendants")).getText()).contains("Ilse Doubled " + tag);
        open("/cases?q=" + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(reference);

        open("/cases/" + caseId + "/history");
        String history = browser.findElement(By.tagName("main")).getText();
        assertThat(history).contains("Opened twice: " + reference + " duplicates the real case", "Voided at");
        assertThat(this.jdbc.sql("select count(*) from enforcement_case_aud where id = ?").param(caseId)
            .query(Long.class).single()).isGreaterThanOrEqualTo(2L);
        screenshot("case-void-history");
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
