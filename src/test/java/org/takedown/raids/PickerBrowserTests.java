package org.takedown.raids;

import java.time.Duration;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.takedown.support.BrowserTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pickers of the raid form as a person uses them with the keyboard: a country found by typing part of its name,
 * its time zone proposed, agencies found by name or acronym, a jurisdiction by its code, and the pickers of server
 * rows that htmx adds.
 */
class PickerBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    private long sparks;

    private String hostPattern;

    @Override
    protected String user() {
        return "investigator";
    }

    @BeforeEach
    void sparksCase() {
        this.sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
    }

    /** The raid is saved through real HTTP: remove it (found by its unique host name) so the demo case is unchanged. */
    @AfterEach
    void removeTheRaidThisTestLogged() {
        if (this.hostPattern == null) {
            return;
        }
        List<Long> raids = this.jdbc.sql("select distinct raid_id from seized_server where hostname like ?")
            .param(this.hostPattern)
            .query(Long.class)
            .list();
        // the application's role deletes no case data and writes histories append-only: the owner removes the rows
        // this test wrote (the raid's status history goes with the raid, on delete cascade)
        JdbcClient owner = SchemaOwner.jdbc(this.flyway);
        owner.sql("delete from server_status_change where server_id in (select id from seized_server where hostname like ?)")
            .param(this.hostPattern)
            .update();
        owner.sql("delete from seized_server where hostname like ?").param(this.hostPattern).update();
        for (Long raid : raids) {
            owner.sql("delete from raid_participating_agency where raid_id = ?").param(raid).update();
            owner.sql("delete from raid where id = ?").param(raid).update();
        }
        this.hostPattern = null;
    }

    @Test
    void aCountryTypedByNameProposesItsTimeZoneAndAgenciesArePickedByTyping() {
        String suffix = Long.toString(System.nanoTime(), 36);
        this.hostPattern = "picker-%-" + suffix + ".example";
        String host = "picker-ie-" + suffix + ".example";
        open("/cases/" + this.sparks + "/raids/new");

        pick("jurisdictionCode", "Irel");
        assertThat(valueOf("jurisdictionCode")).isEqualTo("IE");
        assertThat(browser.findElement(By.cssSelector("#jurisdictionCode + .ts-wrapper .item")).getText())
            .isEqualTo("Ireland (IE)");
        // Ireland has one time zone: the picker chose it
        assertThat(valueOf("timeZone")).isEqualTo("Europe/Dublin");
        assertThat(browser.findElement(By.cssSelector("#timeZone + .ts-wrapper .item")).getText())
            .isEqualTo("Europe/Dublin");

        pick("participatingAgencyIds", "HSI");
        pick("participatingAgencyIds", "Latvia");
        assertThat(browser.findElements(By.cssSelector("#participatingAgencyIds + .ts-wrapper .item"))
            .stream()
            .map(WebElement::getText)
            .toList()).hasSize(2).anySatisfy((item) -> assertThat(item).contains("Homeland Security Investigations"))
            .anySatisfy((item) -> assertThat(item).contains("Latvia"));
        // Backspace in the multiple picker takes the last agency out again, and typing puts it back
        browser.findElement(By.id("participatingAgencyIds-ts-control")).sendKeys(Keys.BACK_SPACE);
        assertThat(browser.findElements(By.cssSelector("#participatingAgencyIds + .ts-wrapper .item"))).hasSize(1);
        pick("participatingAgencyIds", "Latvia");

        new Select(browser.findElement(By.id("status"))).selectByValue("COMPLETED");
        setValue("raidDate", "2020-08-26");
        new Select(browser.findElement(By.id("legalBasis"))).selectByValue("MLAT");
        browser.findElement(By.id("servers0.hostname")).sendKeys(host);
        new Select(browser.findElement(By.id("servers0.role"))).selectByValue("DISTRIBUTION");
        screenshot("pickers-raid-form");

        click(By.id("save-raid"));
        patiently().until((driver) -> !driver.findElements(By.id("raid-servers")).isEmpty()
                || !driver.findElements(By.cssSelector(".invalid-feedback")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback")).stream().map(WebElement::getText).toList())
            .isEmpty();
        long raid = this.jdbc.sql("select raid_id from seized_server where hostname = ?").param(host)
            .query(Long.class)
            .single();
        assertThat(this.jdbc.sql("select jurisdiction_code || ' ' || time_zone from raid where id = ?").param(raid)
            .query(String.class)
            .single()).isEqualTo("IE Europe/Dublin");
        assertThat(this.jdbc.sql("""
                select a.acronym from raid_participating_agency p join agency a on a.id = p.agency_id
                where p.raid_id = ? order by a.acronym""").param(raid).query(String.class).list())
            .hasSize(2)
            .contains("HSI");
        assertThat(this.jdbc.sql("select country_code from seized_server where hostname = ?").param(host)
            .query(String.class)
            .single()).isEqualTo("IE");
    }

    @Test
    void aJurisdictionTypedByCodeListsItsCountrysZonesFirstAndRowsAddedByHtmxGetPickers() {
        open("/cases/" + this.sparks + "/raids/new");

        pick("jurisdictionCode", "US-KS");
        assertThat(valueOf("jurisdictionCode")).isEqualTo("US-KS");
        // the United States has several zones: none is chosen, they come first
        assertThat(valueOf("timeZone")).isEmpty();
        click(By.cssSelector("#timeZone + .ts-wrapper .ts-control"));
        WebElement firstGroup = browser.findElement(By.cssSelector("#timeZone-ts-dropdown .optgroup"));
        assertThat(firstGroup.findElement(By.cssSelector(".optgroup-header")).getText())
            .isEqualTo("Time zones of Kansas (US-KS)");
        List<String> proposed = firstGroup.findElements(By.cssSelector(".option"))
            .stream()
            .map((option) -> option.getDomAttribute("data-value"))
            .toList();
        assertThat(proposed).contains("America/Chicago", "America/Denver", "Pacific/Honolulu")
            .doesNotContain("Europe/Dublin");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        pick("timeZone", "Chicago");
        assertThat(valueOf("timeZone")).isEqualTo("America/Chicago");

        // a row that htmx adds has a country picker of its own, which types like the others
        click(By.id("add-server"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers1.countryCode-ts-control")));
        pick("servers1.countryCode", "Cypr");
        assertThat(valueOf("servers1.countryCode")).isEqualTo("CY");
        // the raid's own pickers kept their values through the swap of the rows
        assertThat(valueOf("jurisdictionCode")).isEqualTo("US-KS");
        assertThat(valueOf("timeZone")).isEqualTo("America/Chicago");
        screenshot("pickers-us-zones");
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

}
