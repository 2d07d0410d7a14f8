package org.takedown.cases;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class CaseBrowserTests extends BrowserTest {

    @Test
    void aVisitorOpensTheSparksGroupCaseFromTheCaseList() {
        open("/cases");
        screenshot("cases-list");
        browser.findElement(By.linkText("TKD-2020-0001")).click();
        waitUpTo().until((driver) -> driver.findElement(By.id("server-count")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sparks Group");
        assertThat(browser.findElements(By.cssSelector("#defendants tbody tr"))).hasSize(3);
        screenshot("case-detail");
    }

}
