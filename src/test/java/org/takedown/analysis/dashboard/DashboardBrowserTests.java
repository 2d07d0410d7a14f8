package org.takedown.analysis.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.takedown.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in a real browser: the map is drawn, and clicking a country opens the list it counts there. */
class DashboardBrowserTests extends BrowserTest {

    /** A point well inside Latvia (longitude, latitude), where the demo case has seized servers. */
    private static final List<Double> LATVIA = List.of(25.0, 56.85);

    @Override
    protected String user() {
        return "analyst";
    }

    @Test
    void clickingLatviaOnTheMapOpensTheServerListFilteredByLatvia() {
        open("/");
        WebElement map = waitForTheMap();
        screenshot("dashboard");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('months-heading').scrollIntoView({block: 'start', behavior: 'instant'})");
        screenshot("dashboard-charts");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                map);

        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));");
        Actions onLatvia = pointAt(map, LATVIA);
        // the tooltip is drawn without breaking the content security policy (no inline style attributes)
        assertThat(map.getText()).contains("Latvia", "Seized servers: 3");
        assertThat((List<?>) js.executeScript("return window.cspViolations;")).isEmpty();
        onLatvia.click().perform();

        waitUpTo().until((driver) -> currentPath().startsWith("/servers?"));
        assertThat(currentPath()).startsWith("/servers?country=LV");
        List<WebElement> rows = browser.findElements(By.cssSelector("#servers tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.getText()).contains("Latvia"));
        screenshot("dashboard-latvia-servers");
    }

    @Test
    void theRaidLayerRecoloursTheMapAndLeadsToTheRaidList() {
        open("/");
        WebElement map = waitForTheMap();
        click(By.cssSelector("label[for=layer-raids]"));
        waitUpTo().until((driver) -> "raids".equals(map.getDomAttribute("data-layer")));
        screenshot("dashboard-raids");

        pointAt(map, LATVIA).click().perform();

        waitUpTo().until((driver) -> currentPath().startsWith("/raids?"));
        assertThat(currentPath()).startsWith("/raids?country=LV");
        assertThat(browser.findElement(By.id("raids")).getText()).contains("Latvia");
    }

    private WebElement waitForTheMap() {
        waitUpTo().until((driver) -> "true".equals(driver.findElement(By.id("dashboard-map")).getDomAttribute("data-ready")));
        WebElement map = browser.findElement(By.id("dashboard-map"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                map);
        return map;
    }

    /**
     * Moves the mouse over a place on the map, found through the chart's own projection, and waits until the tooltip
     * names the country there, so that a click lands on it whatever the window's size.
     */
    private Actions pointAt(WebElement map, List<Double> lonLat) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return window.takedownDashboard.map.convertToPixel({seriesIndex: 0}, arguments[0]);", lonLat);
        int x = (int) Math.round(pixel.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(map, x, y).perform();
        waitUpTo().until((driver) -> driver.findElement(By.id("dashboard-map")).getText().contains("Latvia"));
        return new Actions(browser).moveToElement(map, x, y);
    }

}
