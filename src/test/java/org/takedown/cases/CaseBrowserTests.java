package org.takedown.cases;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class CaseBrowserTests extends BrowserTest {

    @Override
    protected String user() {
        return "investigator";
    }

    @Test
    void aVisitorOpensTheSparksGroupCaseFromTheCaseList() {
        open("/cases?q=TKD-2020-0001");
        browser.findElement(By.linkText("TKD-2020-0001")).click();
        waitUpTo().until((driver) -> driver.findElement(By.id("server-count")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sparks Group");
        assertThat(browser.findElements(By.cssSelector("#defendants tbody tr"))).hasSize(3);
        screenshot("case-detail");
    }

    @Test
    void anInvestigatorOpensACaseCorrectsItAndFindsItByStatus() {
        String token = "Browser" + Long.toString(System.nanoTime(), 36);

        // the form refuses an incomplete case and says why next to each field
        open("/cases");
        browser.findElement(By.id("new-case")).click();
        waitUpTo().until((driver) -> driver.findElement(By.id("case-form")).isDisplayed());
        String reference = browser.findElement(By.id("reference")).getAttribute("value");
        assertThat(reference).matches("TKD-\\d{4}-\\d{4,}");
        browser.findElement(By.id("title")).sendKeys(token);
        save();
        waitUpTo().until((driver) -> !driver.findElements(By.id("summary-error")).isEmpty());
        assertThat(browser.findElement(By.id("summary-error")).getText()).isEqualTo("This field is required.");
        assertThat(browser.findElement(By.id("leadAgencyId-error")).getText()).isEqualTo("This field is required.");
        assertThat(browser.findElement(By.id("openedOn-error")).getText()).isEqualTo("This field is required.");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(token);
        screenshot("case-new-with-errors");

        // completed, it is opened and its page shown
        browser.findElement(By.id("summary")).sendKeys("Opened from the browser test.");
        pick("leadAgencyId", "Homeland");
        setDate("openedOn", "2024-03-01");
        save();
        waitUpTo().until((driver) -> !driver.findElements(By.id("status-form")).isEmpty());
        assertThat(currentPath()).matches("/cases/\\d+");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(reference, token);
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The case has been opened.");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Investigation", "investigator");
        screenshot("case-detail-new");

        // corrected through the edit form
        browser.findElement(By.id("edit-case")).click();
        waitUpTo().until((driver) -> driver.findElement(By.id("case-form")).isDisplayed());
        WebElement title = browser.findElement(By.id("title"));
        assertThat(title.getAttribute("value")).isEqualTo(token);
        screenshot("case-edit");
        title.clear();
        title.sendKeys(token + " corrected");
        save();
        waitUpTo().until((driver) -> !driver.findElements(By.id("status-form")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(token + " corrected");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The case has been saved.");

        // the History tab tells who changed the title from what to what
        browser.findElement(By.linkText("History")).click();
        waitUpTo().until((driver) -> !driver.findElements(By.id("history")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#history tbody tr")).getText()).contains("investigator",
                "Changed", "Title", token, token + " corrected");
        screenshot("case-history");

        // found in the list by its text and status, updated in place with the filters in the address
        open("/cases");
        browser.findElement(By.id("filter-q")).sendKeys(token);
        waitUpTo().until((driver) -> driver.findElements(By.cssSelector("#cases tbody tr")).size() == 1);
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("INVESTIGATION");
        waitUpTo().until(ExpectedConditions.urlContains("status=INVESTIGATION"));
        waitUpTo().until((driver) -> driver.findElements(By.cssSelector("#cases tbody tr")).size() == 1);
        assertThat(browser.findElement(By.id("cases")).getText()).contains(reference, token + " corrected");
        assertThat(browser.findElements(By.id("case-filters"))).hasSize(1);
        screenshot("cases-list-filtered");
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("CLOSED");
        waitUpTo().until(ExpectedConditions.urlContains("status=CLOSED"));
        waitUpTo().until((driver) -> driver.findElements(By.cssSelector("#cases")).isEmpty());
        assertThat(browser.findElement(By.id("results")).getText()).contains("Nothing matches these filters.");

        open("/cases");
        screenshot("cases-list");
    }

    private void save() {
        WebElement button = browser.findElement(By.cssSelector("#case-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    private void setDate(String id, String isoDate) {
        // typing into a date input depends on the browser's locale; the value property takes ISO everywhere
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), isoDate);
    }

}
