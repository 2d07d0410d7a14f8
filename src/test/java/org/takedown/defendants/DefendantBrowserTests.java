package org.takedown.defendants;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP, no rollback: each test makes its own uniquely named defendant and leaves the demo ones alone. */
class DefendantBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "prosecutor";
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProsecutorChangesADefendantsLegalStatusWithANoteAndSeesItInTheHistory() {
        DefendantFixtures fixtures = new DefendantFixtures(this.jdbc);
        String name = "Browser Status " + DefendantFixtures.uniqueTag();
        long id = fixtures.defendant(name, "WANTED", "NO", null);
        // its own case: the demo case keeps exactly its three defendants
        fixtures.addToCase(id, fixtures.newCase("Browser case " + name, java.time.LocalDate.of(2021, 3, 1)));
        fixtures.alias(id, "Nightjar");

        open("/defendants/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        new Select(browser.findElement(By.id("status"))).selectByValue("ARRESTED");
        browser.findElement(By.id("reason")).sendKeys("Arrested at Oslo airport on a red notice");
        click(By.cssSelector("#status-form button[type=submit]"));

        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "The legal status was changed"));
        assertThat(currentPath()).startsWith("/defendants/" + id);
        assertThat(browser.findElement(By.cssSelector("#legal-status .badge")).getText()).isEqualTo("Arrested");
        var entries = browser.findElements(By.cssSelector("#timeline li"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).getText()).contains("Wanted → Arrested", "prosecutor",
                "Arrested at Oslo airport on a red notice", "UTC");
        screenshot("defendant-detail");

        open("/defendants/" + id + "/edit");
        screenshot("defendant-edit");
        open("/defendants/" + id + "/charges/new");
        assertThat(browser.findElements(By.cssSelector("#charge-form select"))).hasSize(2);
        screenshot("defendant-charge-form");
        open("/defendants/" + id + "/extraditions/new");
        // the case, and the requesting and requested jurisdictions picked by name
        assertThat(browser.findElements(By.cssSelector("#extradition-form select"))).hasSize(3);
        screenshot("defendant-extradition-form");
    }

    @Test
    void aVisitorReadsTheDemoDefendantsPagesWithoutChangingThem() {
        long bridi = this.jdbc.sql("select id from defendant where full_name = 'George Bridi'").query(Long.class).single();
        open("/defendants");
        screenshot("defendant-list");
        browser.findElement(By.linkText("George Bridi")).click();
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.findElement(By.id("extraditions")).getText()).contains("Cyprus", "United States");
        screenshot("defendant-detail-bridi");
        browser.findElement(By.cssSelector("#charges a.btn")).click();
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("charge-form")));
        assertThat(currentPath()).matches("/defendants/" + bridi + "/charges/\\d+/edit");
        screenshot("defendant-charge-edit");
        open("/defendants/" + bridi);
        browser.findElement(By.cssSelector("#extraditions a.btn")).click();
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("extradition-form")));
        screenshot("defendant-extradition-edit");
        open("/defendants/" + bridi);
        browser.findElement(By.linkText("Requested")).click();
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("2020-08-26", "Requested");
        screenshot("defendant-extradition");
    }

    @Test
    void anAnalystFiltersDefendantsByCountryThroughThePickerAndTheUrlChanges() {
        open("/defendants");
        assertThat(currentPath()).isEqualTo("/defendants");
        pick("filter-country", "Cyprus");

        waitUpTo().until((driver) -> driver.getCurrentUrl().contains("country=CY"));
        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "defendant"));
        var names = browser.findElements(By.cssSelector("#defendants tbody tr td:first-child"))
            .stream()
            .map((cell) -> cell.getText())
            .toList();
        assertThat(names).contains("George Bridi").doesNotContain("Jonathan Correa", "Umar Ahmad");
        assertThat(currentPath()).contains("country=CY");
        screenshot("defendant-list-cyprus");
    }

    @Test
    void theCaseFilterLoadsTheCasesTypedAndFiltersByThePickedOne() {
        long sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        open("/defendants");
        // the page holds no case: typing loads the cases that match from the server
        assertThat(browser.findElements(By.cssSelector("#filter-case option"))).hasSize(1);
        pick("filter-case", "Sparks");

        waitUpTo().until((driver) -> driver.getCurrentUrl().contains("case=" + sparks));
        waitUpTo().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "defendant"));
        var names = browser.findElements(By.cssSelector("#defendants tbody tr td:first-child"))
            .stream()
            .map((cell) -> cell.getText())
            .toList();
        assertThat(names).contains("George Bridi", "Jonathan Correa", "Umar Ahmad");
        assertThat(browser.findElement(By.cssSelector("#filter-case + .ts-wrapper .item")).getText())
            .isEqualTo("TKD-2020-0001 · Sparks Group");
        screenshot("defendant-list-case-picker");

        // the chosen case comes back with the page, without loading anything
        open("/defendants?case=" + sparks);
        assertThat(valueOf("filter-case")).isEqualTo(String.valueOf(sparks));
        assertThat(browser.findElement(By.cssSelector("#filter-case + .ts-wrapper .item")).getText())
            .isEqualTo("TKD-2020-0001 · Sparks Group");
    }

}
