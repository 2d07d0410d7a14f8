package org.takedown.analysis.countries;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class CountryBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "analyst";
    }

    @Test
    void theUnitedStatesPageNestsItsStatesAndDistricts() {
        open("/jurisdictions/US");
        waitUpTo().until((driver) -> driver.findElement(By.id("sub-jurisdictions")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#in-custody tbody")).getText()).contains("Jonathan Correa");
        screenshot("jurisdiction-united-states");
    }

}
