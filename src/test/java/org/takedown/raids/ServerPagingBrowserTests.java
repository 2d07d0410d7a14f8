package org.takedown.raids;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person pages through the server grid sorted by a column with Next, Previous and First, at a desktop's and a
 * phone's width: each click shows where the page is in the list, and the sort and size stay.
 */
class ServerPagingBrowserTests extends BrowserTest {

    @Test
    void nextPreviousAndFirstWalkTheGridInItsOrder() {
        for (int width : new int[] { 1366, 390 }) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open("/servers?sort=hostname,asc&size=5");
            assertThat(position()).startsWith("Rows 1–5 of ");
            String firstHost = firstHostname();

            click(By.cssSelector("a[rel=next]"));
            waitUpTo().until((driver) -> position().startsWith("Rows 6–10 "));
            String secondHost = firstHostname();
            assertThat(secondHost).isGreaterThan(firstHost);

            click(By.cssSelector("a[rel=next]"));
            waitUpTo().until((driver) -> position().startsWith("Rows 11–15 "));
            screenshot("server-paging-" + width);
            assertThat(currentPath()).contains("sort=hostname", "size=5", "after=");

            click(By.cssSelector("a[rel=prev]"));
            waitUpTo().until((driver) -> position().startsWith("Rows 6–10 "));
            assertThat(firstHostname()).isEqualTo(secondHost);

            click(By.cssSelector("a[rel=first]"));
            waitUpTo().until((driver) -> position().startsWith("Rows 1–5 "));
            assertThat(firstHostname()).isEqualTo(firstHost);
        }
    }

    private static String position() {
        return browser.findElement(By.cssSelector(".list-position")).getText();
    }

    private static String firstHostname() {
        return browser.findElement(By.cssSelector("#servers tbody tr td:first-child a")).getText();
    }

}
