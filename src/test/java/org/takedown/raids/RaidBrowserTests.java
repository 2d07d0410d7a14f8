package org.takedown.raids;

import java.time.Duration;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.takedown.support.BrowserTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class RaidBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "investigator";
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    private String suffix;

    private Long plannedRaid;

    /**
     * The raid is logged on the demo case through real HTTP, so nothing rolls it back: remove it (found by its unique
     * host names) so that the demo case keeps exactly what the demo data gives it.
     */
    @AfterEach
    void removeTheRaidThisTestLogged() {
        if (this.plannedRaid != null) {
            // its status history goes with it (on delete cascade); its audit rows stay, as every audit row does. The
            // application's role deletes no case data: the owner removes the rows this test wrote
            SchemaOwner.jdbc(this.flyway).sql("delete from raid where id = ?").param(this.plannedRaid).update();
            this.plannedRaid = null;
        }
        if (this.suffix == null) {
            return;
        }
        String pattern = "browser-_-" + this.suffix + ".sparks.example";
        List<Long> raids = this.jdbc.sql("select distinct raid_id from seized_server where hostname like ?")
            .param(pattern)
            .query(Long.class)
            .list();
        // status histories are append-only for the application's role: the owner removes the rows this test wrote
        SchemaOwner.jdbc(this.flyway)
            .sql("delete from server_status_change where server_id in (select id from seized_server where hostname like ?)")
            .param(pattern)
            .update();
        JdbcClient owner = SchemaOwner.jdbc(this.flyway);
        owner.sql("delete from seized_server where hostname like ?").param(pattern).update();
        for (Long raid : raids) {
            owner.sql("delete from raid_participating_agency where raid_id = ?").param(raid).update();
            owner.sql("delete from raid where id = ?").param(raid).update();
        }
    }

    @Test
    void anInvestigatorLogsARaidInLatviaWithTwoServersAndFindsThemInTheServerList() {
        long sparks = this.jdbc.sql("select id from enforcement_case where reference = 'TKD-2020-0001'")
            .query(Long.class)
            .single();
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        this.suffix = suffix;
        String first = "browser-a-" + suffix + ".sparks.example";
        String second = "browser-b-" + suffix + ".sparks.example";

        open("/cases/" + sparks + "/raids/new");
        pick("jurisdictionCode", "LV");
        new Select(browser.findElement(By.id("status"))).selectByValue("COMPLETED");
        setDate("raidDate", "2020-08-26");
        setDate("localTime", "07:30");
        // Latvia has one time zone: choosing the country chose it
        assertThat(valueOf("timeZone")).isEqualTo("Europe/Riga");
        pick("leadAgencyId", "State Police of Latvia");
        pick("participatingAgencyIds", "Homeland Security");
        new Select(browser.findElement(By.id("legalBasis"))).selectByValue("MLAT");
        type("outcome", "Two more servers seized in Riga");
        type("servers0.hostname", first);
        type("servers0.ipAddresses", "192.0.2.201, 2001:db8::201");
        type("servers0.hostingProvider", "Riga Colo");
        new Select(browser.findElement(By.id("servers0.role"))).selectByValue("DISTRIBUTION");

        click("add-server");
        try {
            patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("servers1.hostname")));
        }
        catch (RuntimeException ex) {
            screenshot("raid-form-no-second-row");
            throw ex;
        }
        assertThat(browser.findElement(By.id("servers0.hostname")).getAttribute("value")).isEqualTo(first);
        type("servers1.hostname", second);
        type("servers1.ipAddresses", "198.51.100.201");
        new Select(browser.findElement(By.id("servers1.role"))).selectByValue("STORAGE");
        screenshot("raid-form");

        click("save-raid");
        patiently().until((driver) -> !driver.findElements(By.id("raid-servers")).isEmpty()
                || !driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback"))
            .stream()
            .map((error) -> error.getAttribute("id") + ": " + error.getText())
            .toList()).isEmpty();
        assertThat(currentPath()).matches("/raids/\\d+");
        assertThat(browser.findElement(By.id("raid-when")).getText()).contains("07:30", "Europe/Riga",
                "2020-08-26 04:30 UTC");
        assertThat(browser.findElement(By.id("raid-servers")).getText()).contains(first, second);
        screenshot("raid-detail");

        open("/raids?country=LV");
        assertThat(browser.findElements(By.cssSelector("#raids tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        screenshot("raid-list");

        open("/servers");
        pick("filter-country", "Latvia");
        patiently().until((driver) -> currentPath().contains("country=LV"));
        // the unfiltered list shows the new servers too: wait for the filtered rows, or a link moves under the click
        patiently().until((driver) -> rowsText().contains(first) && driver.findElements(By.cssSelector("#servers tbody tr"))
            .size() == driver.findElements(By.cssSelector("#servers tbody tr .fi-lv")).size());
        List<String> hostnames = browser.findElements(By.cssSelector("#servers tbody tr td:first-child a"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(hostnames).contains(first, second);
        assertThat(browser.findElements(By.cssSelector("#servers tbody tr .fi-lv"))).hasSameSizeAs(hostnames);
        screenshot("server-list");

        // the picker still has the focus: the click that takes it away lands where the link was shown
        browser.findElement(By.linkText(first)).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.findElement(By.id("server-ips")).getText()).contains("192.0.2.201", "2001:db8::201");
        assertThat(browser.findElement(By.id("server-facts")).getText()).contains("Latvia", "Riga Colo");
        screenshot("server-detail");
    }

    @Test
    void anInvestigatorCompletesAPlannedRaidThroughItsStatusFormAndSeesItInTheTimeline() {
        this.plannedRaid = this.jdbc.sql("""
                with r as (
                    insert into raid (case_id, jurisdiction_code, status, raid_date, local_time, time_zone, legal_basis)
                    select id, 'EE', 'PLANNED', date '2020-08-24', time '06:00', 'Europe/Tallinn', 'EIO'
                    from enforcement_case where reference = 'TKD-2020-0001'
                    returning id)
                insert into raid_status_change (raid_id, from_status, to_status, effective_on, recorded_at, recorded_by)
                select id, null, 'PLANNED', date '2020-08-03', now(), 'investigator' from r
                returning raid_id
                """).query(Long.class).single();

        open("/raids/" + this.plannedRaid);
        assertThat(browser.findElements(By.cssSelector("#status option")).stream().map((o) -> o.getAttribute("value"))
            .toList()).containsExactly("", "UNDER_WAY", "COMPLETED", "ABORTED");
        new Select(browser.findElement(By.id("status"))).selectByValue("COMPLETED");
        setDate("effectiveOn", "2020-08-23");
        type("reason", "Searched at dawn; two servers found");
        click(By.cssSelector("#status-form button[type=submit]"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("effectiveOn-error")));
        assertThat(browser.findElement(By.id("effectiveOn-error")).getText())
            .isEqualTo("A raid cannot be under way or completed before its day (2020-08-24).");
        screenshot("raid-status-refused");

        setDate("effectiveOn", "2020-08-24");
        click(By.cssSelector("#status-form button[type=submit]"));
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        List<WebElement> entries = browser.findElements(By.cssSelector("#timeline li"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getText()).contains("2020-08-03", "Planned");
        assertThat(entries.get(1).getText()).contains("2020-08-24", "Planned → Completed", "Recorded by investigator",
                "Searched at dawn; two servers found");
        assertThat(browser.findElement(By.id("status-final")).getText()).startsWith("Completed");
        assertThat(this.jdbc.sql("select status from raid where id = ?").param(this.plannedRaid).query(String.class)
            .single()).isEqualTo("COMPLETED");
        screenshot("raid-status-changed");
    }

    /** Longer than waitUpTo(): the machine is shared and busy. */
    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void click(String id) {
        try {
            click(By.id(id));
        }
        catch (RuntimeException ex) {
            screenshot("raid-form-click-failed");
            throw ex;
        }
    }

    private String rowsText() {
        return browser.findElements(By.cssSelector("#servers tbody")).stream().map(WebElement::getText).findFirst()
            .orElse("");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keys in the browser's locale order; setting the value is independent of it. */
    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

}
