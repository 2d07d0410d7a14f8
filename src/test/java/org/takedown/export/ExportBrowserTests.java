package org.takedown.export;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP through headless Chromium: the export button follows the filters that htmx applies in place. */
class ExportBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "analyst";
    }

    @Test
    void exportButtonFollowsAFilterChangedWithoutAReload() {
        open("/servers?country=LV");
        By button = By.cssSelector("#results .list-export a");
        assertThat(browser.findElement(button).getAttribute("href")).endsWith("/servers/export.csv?country=LV");
        screenshot("export-servers");

        new Select(browser.findElement(By.id("filter-status"))).selectByValue("IMAGED");
        // htmx replaces #results, so the old button goes stale while the wait looks at it
        waitUpTo().ignoring(StaleElementReferenceException.class)
            .until((driver) -> driver.findElement(button).getAttribute("href").contains("status=IMAGED"));
        assertThat(browser.findElement(button).getAttribute("href")).contains("/servers/export.csv?")
            .contains("country=LV")
            .contains("status=IMAGED");
    }

}
