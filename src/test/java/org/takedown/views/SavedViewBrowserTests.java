package org.takedown.views;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class SavedViewBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private final String name = "Latvian servers " + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected String user() {
        return "analyst";
    }

    /** Saved through real HTTP, so nothing rolls it back. */
    @AfterEach
    void removeTheViewThisTestSaved() {
        this.jdbc.sql("delete from saved_view where name = ?").param(this.name).update();
    }

    @Test
    void anAnalystSavesTheFilterHtmxAppliedAndOpensItAgainFromTheViewsMenu() {
        open("/servers");
        pick("filter-country", "Latvia");
        // htmx swaps the results in place and pushes the filter (with the form's empty fields) to the address bar
        waitUpTo().until((driver) -> currentPath().startsWith("/servers?country=LV&"));
        waitUpTo().until((driver) -> countries().stream().allMatch("Latvia"::equals));

        click(By.id("views-menu-button"));
        waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.id("save-view-open")));
        click(By.id("save-view-open"));
        WebElement nameField = waitUpTo().until(ExpectedConditions.visibilityOfElementLocated(By.id("save-view-name")));
        waitUpTo().until((driver) -> nameField.equals(driver.switchTo().activeElement()));
        nameField.sendKeys(this.name);
        browser.findElement(By.id("save-view-shared")).click();
        screenshot("saved-views-dialog");
        click(By.id("save-view-submit"));

        // the page was rendered without a filter: what was saved is the filter htmx applied afterwards, without the
        // empty fields
        waitUpTo().until((driver) -> currentPath().equals("/servers?country=LV&sort=id%2Cdesc"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
            .isEqualTo("View saved. Find it in the Views menu of this list.");
        assertThat(this.jdbc.sql("select query from saved_view where owner = 'analyst' and name = ?")
            .param(this.name)
            .query(String.class)
            .single()).isEqualTo("country=LV&sort=id%2Cdesc");

        open("/cases");
        open("/servers");
        assertThat(countries()).contains("Latvia").anyMatch((country) -> !country.equals("Latvia"));
        click(By.id("views-menu-button"));
        WebElement view = waitUpTo().until(ExpectedConditions
            .visibilityOfElementLocated(By.xpath("//a[@data-saved-view][span[text()='" + this.name + "']]")));
        screenshot("saved-views-menu");
        view.click();

        waitUpTo().until((driver) -> currentPath().equals("/servers?country=LV&sort=id%2Cdesc"));
        assertThat(countries()).isNotEmpty().allMatch("Latvia"::equals);
        assertThat(valueOf("filter-country")).isEqualTo("LV");

        open("/views");
        WebElement row = browser.findElement(By.xpath("//table[@id='saved-views']//tr[td/a[text()='" + this.name + "']]"));
        assertThat(row.getText()).contains("Seized servers", "country = LV · sort = id,desc", "Everyone");
        String address = row.findElement(By.cssSelector("input[readonly]")).getAttribute("value");
        row.findElement(By.cssSelector("button[data-copy]")).click();
        waitUpTo().until((driver) -> row.findElement(By.cssSelector("button[data-copy]")).getText().contains("Copied"));
        screenshot("saved-views-manage");

        // the shared address opens the filtered list
        browser.get(address);
        waitUpTo().until((driver) -> currentPath().equals("/servers?country=LV&sort=id%2Cdesc"));
    }

    private List<String> countries() {
        return browser.findElements(By.cssSelector("#servers tbody tr td:nth-child(2)"))
            .stream()
            .map(WebElement::getText)
            .map(String::strip)
            .toList();
    }

}
