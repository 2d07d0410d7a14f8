package org.takedown.analysis.search;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP through headless Chromium; the search only reads, so the demo data is enough. */
class SearchBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "analyst";
    }

    @Test
    void typingAMisspelledNameIntoTheNavigationSearchLandsOnGroupedResults() {
        open("/cases");
        WebElement box = browser.findElement(By.id("nav-search-q"));
        assertThat(browser.findElement(By.cssSelector("label[for=nav-search-q]")).getAttribute("textContent"))
            .isEqualTo("Search cases, defendants, servers and raids");
        box.sendKeys("Bridie" + Keys.ENTER);

        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        assertThat(currentPath()).isEqualTo("/search?q=Bridie");
        assertThat(browser.findElement(By.cssSelector("#search-defendants .search-hits li a")).getText())
            .isEqualTo("George Bridi");
        assertThat(browser.findElement(By.id("nav-search-q")).getAttribute("value")).isEqualTo("Bridie");
        screenshot("search-defendant");

        click(By.cssSelector("#search-defendants .search-hits li a"));
        waitUpTo().until(ExpectedConditions.urlMatches("/defendants/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("George Bridi");
    }

    @Test
    void searchingSparksShowsEveryKindOfRecord() {
        open("/cases");
        browser.findElement(By.id("nav-search-q")).sendKeys("Sparks" + Keys.ENTER);
        waitUpTo().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        assertThat(browser.findElements(By.cssSelector("#search-cases .search-hits li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#search-servers .search-hits li"))).hasSize(10);
        screenshot("search-sparks");
    }

}
