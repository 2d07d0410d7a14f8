package org.takedown.jurisdictions;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "analyst";
    }

    @Test
    void aVisitorOpensLatviaFromTheJurisdictionsAndSeesItsRaidAndThreeServers() {
        open("/jurisdictions");
        waitUpTo().until((driver) -> driver.findElement(By.id("countries")).isDisplayed());
        screenshot("jurisdictions-list");
        browser.findElement(By.cssSelector("#countries tr[data-code=LV] a")).click();
        waitUpTo().until((driver) -> currentPath().equals("/jurisdictions/LV"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Latvia");
        assertThat(browser.findElements(By.cssSelector("#raids tbody tr"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#servers tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("total-servers")).getText()).isEqualTo("3");
        screenshot("jurisdiction-latvia");
    }

    @Test
    void theNameFilterUpdatesTheListInPlaceAndPushesTheAddress() {
        open("/jurisdictions");
        waitUpTo().until((driver) -> driver.findElement(By.id("countries")).isDisplayed());
        browser.findElement(By.id("filter-q")).sendKeys("norw");
        waitUpTo().until((driver) -> driver.findElements(By.cssSelector("#countries tbody tr")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#countries tbody tr")).getAttribute("data-code"))
            .isEqualTo("NO");
        waitUpTo().until((driver) -> currentPath().contains("q=norw"));
    }

}
