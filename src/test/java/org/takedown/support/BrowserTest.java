package org.takedown.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's view of the application: Debian's headless Chromium driven by Selenium against the running app.
 * Subclasses get {@link #browser}, {@link #open(String)}, {@link #waitUpTo()} and {@link #screenshot(String)}, which
 * saves a PNG under {@code target/screenshots/}.
 */
@IntegrationTest
public abstract class BrowserTest {

    protected static final String DEMO_PASSWORD = "takedown-demo";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static WebDriver browser;

    private static boolean signedIn;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
        browser = new ChromeDriver(service, options);
        signedIn = false;
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Opens a page, signing in first as {@link #user()} the first time. */
    protected void open(String path) {
        if (!signedIn) {
            signIn(user(), DEMO_PASSWORD);
            signedIn = true;
        }
        browser.get("http://localhost:" + this.port + path);
    }

    /** The demo user the test acts as; each has the roles its name says. */
    protected String user() {
        return "admin";
    }

    protected void signIn(String username, String password) {
        browser.get("http://localhost:" + this.port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo().until((driver) -> !driver.getCurrentUrl().contains("/login"));
    }

    protected String currentPath() {
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf('/', "http://".length()));
    }

    /** Clicks an element after scrolling it, at once (Bootstrap makes scrolling smooth), to the middle of the window. */
    protected void click(By locator) {
        org.openqa.selenium.WebElement element = browser.findElement(locator);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                element);
        element.click();
    }

    /**
     * Picks an option of a type-ahead picker (a select with data-picker, see takedown.js) as a person does with the
     * keyboard: types into it and presses Enter on the first match. A multiple picker stays open for more: Escape
     * closes it.
     */
    protected void pick(String selectId, String typed) {
        String select = "#" + selectId.replace(".", "\\.");
        By control = By.cssSelector(select + " + .ts-wrapper .ts-control");
        waitUpTo().until((driver) -> !driver.findElements(control).isEmpty());
        // the control, not its typing field: a picker showing a choice hides the field until it has the focus
        click(control);
        org.openqa.selenium.WebElement input = browser.findElement(By.id(selectId + "-ts-control"));
        input.sendKeys(typed);
        waitUpTo().until((driver) -> !driver.findElements(By.cssSelector(select + "-ts-dropdown .option.active"))
            .isEmpty());
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        if (browser.findElement(By.id(selectId)).getAttribute("multiple") != null) {
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
    }

    /** The value of a select, a picker's too (whose select is hidden). */
    protected String valueOf(String selectId) {
        return browser.findElement(By.id(selectId)).getDomProperty("value");
    }

    protected WebDriverWait waitUpTo() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot save screenshot " + name, ex);
        }
    }

}
