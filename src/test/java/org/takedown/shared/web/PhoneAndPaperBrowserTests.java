package org.takedown.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.takedown.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a 390 px phone, on paper and after a mistake: every page a signed-in user can open, taken
 * from the route matrix of docs/security.md with the demo case's records in place of the ids, fits the phone's
 * width; the lists' filters fold behind a button; a case prints without navigation or forms; the favicon answers
 * without a sign-in; a failed submit puts the focus on the error summary, whose links lead to the fields.
 */
class PhoneAndPaperBrowserTests extends BrowserTest {

    private static final int PHONE = 390;

    /** Pages that are no HTML page: files, JSON and the actuator. */
    private static final Pattern NOT_PAGES = Pattern
        .compile(".*(\\.csv|\\.pdf|/dashboard/data|/options)$|^/actuator.*");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDesk() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void everyPageFitsAPhoneWithoutScrollingSideways() throws IOException {
        open("/");
        phone();
        List<String> pages = new ArrayList<>(pagesOfTheMatrix());
        pages.addAll(List.of("/cases?status=INVESTIGATION&q=spark", "/raids?country=US&status=COMPLETED",
                "/servers?country=LV&status=SEIZED", "/defendants?q=a", "/jurisdictions?q=la", "/?case=TKD-2020-0001",
                "/search?q=sparks", "/search?q=a", "/cases/999999999", "/no-such-page", "/cases?sort=%25_"));
        SoftAssertions softly = new SoftAssertions();
        for (String page : pages) {
            open(page);
            if (!page.equals("/login")) {
                softly.assertThat(currentPath()).as("%s is not the sign-in page", page).doesNotStartWith("/login");
            }
            softly.assertThat(documentWidth()).as("width of %s at %d px", page, PHONE).isLessThanOrEqualTo(PHONE);
            softly.assertThat(browser.getTitle()).as("%s is no failure", page).doesNotStartWith("Something went wrong");
        }
        // what an analyst is refused, and the sign-in page
        browser.manage().deleteAllCookies();
        signIn("analyst", DEMO_PASSWORD);
        for (String page : List.of("/cases/new", "/admin/users")) {
            open(page);
            softly.assertThat(documentWidth()).as("width of %s for an analyst", page).isLessThanOrEqualTo(PHONE);
        }
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + this.port + "/login");
        softly.assertThat(documentWidth()).as("width of the sign-in page").isLessThanOrEqualTo(PHONE);
        signIn(user(), DEMO_PASSWORD);
        this.jdbc.sql("delete from saved_view where name like 'Phone check %' and owner = 'admin'").update();
        softly.assertAll();
    }

    @Test
    void onAPhoneTheFiltersFoldBehindAButtonThatAKeyboardOpens() {
        open("/cases");
        phone();
        open("/cases");
        WebElement filters = browser.findElement(By.id("case-filters"));
        WebElement toggle = browser.findElement(By.id("case-filters-toggle"));
        assertThat(filters.isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.sendKeys(Keys.ENTER);
        waitUpTo().until((driver) -> filters.isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        screenshot("phone-cases-filters-open");

        // a filter in use keeps them open, so that what hides rows is in sight
        open("/cases?status=INVESTIGATION");
        assertThat(browser.findElement(By.id("case-filters")).isDisplayed()).isTrue();

        // on a desk they are simply there
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        open("/cases");
        assertThat(browser.findElement(By.id("case-filters")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("case-filters-toggle")).isDisplayed()).isFalse();
    }

    @Test
    void aCasePrintsWithoutNavigationFormsOrButtons() {
        long caseId = demoCase();
        open("/cases/" + caseId);
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of("nav.navbar", "#nav-search", "#status-form", ".nav-tabs", ".breadcrumb",
                "#download-report", "footer")) {
            List<WebElement> elements = browser.findElements(By.cssSelector(hidden));
            assertThat(elements).as(hidden).isNotEmpty();
            assertThat(elements).as("%s on paper", hidden).noneMatch(WebElement::isDisplayed);
        }
        assertThat(browser.findElement(By.cssSelector("main h1")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("Sparks Group");
        assertThat(browser.findElement(By.id("summary-heading")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("timeline")).isDisplayed()).isTrue();
        // a link's text stays, as text
        WebElement link = browser.findElement(By.cssSelector("main section td a[href^='/defendants/']:not(.btn)"));
        assertThat(link.isDisplayed()).isTrue();
        assertThat(link.getText()).isNotBlank();
    }

    @Test
    void theFaviconAnswersWithoutASignIn() throws Exception {
        open("/cases");
        List<String> icons = browser.findElements(By.cssSelector("link[rel=icon]"))
            .stream()
            .map((icon) -> icon.getDomAttribute("href"))
            .toList();
        assertThat(icons).contains("/favicon.svg", "/favicon.ico");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String icon : icons) {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(icon).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(icon).startsWith("image/");
            assertThat(response.body()).as(icon).isNotEmpty();
        }
    }

    @Test
    void afterAFailedSubmitTheFocusIsOnTheErrorSummaryWhoseLinksLeadToTheFields() {
        open("/cases/new");
        browser.findElement(By.id("reference")).clear();
        browser.findElement(By.id("title")).clear();
        click(By.cssSelector("#case-form button[type=submit]"));
        waitUpTo().until((driver) -> !driver.findElements(By.cssSelector("[data-error-summary]")).isEmpty());
        WebElement summary = browser.findElement(By.cssSelector("[data-error-summary]"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        WebElement toTitle = summary.findElement(By.cssSelector("a[href='#title']"));
        assertThat(toTitle.getText()).startsWith(browser.findElement(By.cssSelector("label[for=title]")).getText());
        toTitle.click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
        screenshot("error-summary");
    }

    @Test
    void theConflictPageOffersTheUsersValuesAgainAndApplyingThemSaves() {
        long caseId = this.jdbc.sql("""
                insert into enforcement_case (reference, title, status, summary, lead_agency_id, opened_on)
                values (:reference, 'Raced case', 'INVESTIGATION', 'Two people edit it', (select id from agency where acronym = 'HSI'),
                        date '2020-01-01')
                returning id""")
            .param("reference", "TKD-1961-" + (100_000 + System.nanoTime() % 800_000))
            .query(Long.class)
            .single();
        open("/cases/" + caseId + "/edit");
        phone();
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("My careful title");
        // someone else saves the case meanwhile
        this.jdbc.sql("update enforcement_case set title = 'Their title', version = version + 1 where id = ?")
            .param(caseId)
            .update();
        click(By.cssSelector("#case-form button[type=submit]"));
        waitUpTo().until((driver) -> !driver.findElements(By.id("conflict-reapply")).isEmpty());
        assertThat(documentWidth()).isLessThanOrEqualTo(PHONE);
        assertThat(browser.findElement(By.id("conflict")).getText()).contains("My careful title", "Their title");
        assertThat(browser.findElement(By.id("conflict-record")).getDomAttribute("href")).isEqualTo("/cases/" + caseId);
        screenshot("phone-conflict");
        click(By.cssSelector("#conflict-reapply button[type=submit]"));
        waitUpTo().until((driver) -> currentPath().equals("/cases/" + caseId));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("My careful title");
    }

    /** Every GET route of the matrix that an administrator may open, with the demo case's records for its ids. */
    private List<String> pagesOfTheMatrix() throws IOException {
        long caseId = demoCase();
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("cases", caseId);
        ids.put("raids", id("select min(id) from raid where case_id = ?", caseId));
        ids.put("servers", id("select min(id) from seized_server where case_id = ?", caseId));
        long chargeId = id("select min(id) from charge where case_id = ?", caseId);
        long defendantId = id("select defendant_id from charge where id = ?", chargeId);
        ids.put("defendants", defendantId);
        ids.put("chargeId", chargeId);
        ids.put("requestId", id("select min(id) from extradition_request where defendant_id = ?", defendantId));
        ids.put("users", id("select id from app_user where username = ?", "analyst"));
        ids.put("views", this.jdbc.sql("""
                insert into saved_view (owner, list_key, name, query, shared, created_at)
                values ('admin', 'SERVERS', :name, 'country=LV', false, now()) returning id""")
            .param("name", "Phone check " + System.nanoTime())
            .query(Long.class)
            .single());
        List<String> pages = new ArrayList<>();
        AccessMatrixTests.matrix().forEach((route, allowed) -> {
            String path = route.substring(route.indexOf(' ') + 1);
            if (!route.startsWith("GET ") || !allowed.get(AccessMatrixTests.VISITORS.indexOf("ADMIN"))
                    || NOT_PAGES.matcher(path).matches()) {
                return;
            }
            Matcher kinds = Pattern.compile("\\{kind:([^}]+)}").matcher(path);
            List<String> expanded = kinds.find() ? List.of(kinds.group(1).split("\\|")).stream()
                .map((kind) -> path.replace(kinds.group(), kind))
                .toList() : List.of(path);
            for (String page : expanded) {
                pages.add(withIds(page, ids, defendantId));
            }
        });
        return pages;
    }

    private static String withIds(String pattern, Map<String, Long> ids, long defendantId) {
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String collection = pattern.substring(0, variables.start()).replaceAll(".*/([^/]+)/$", "$1");
            String value = switch (name) {
                case "code" -> "LV";
                case "caseId" -> String.valueOf(ids.get("cases"));
                case "defendantId" -> String.valueOf(defendantId);
                case "chargeId", "requestId" -> String.valueOf(ids.get(name));
                default -> String.valueOf(ids.get(collection));
            };
            variables.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        variables.appendTail(uri);
        return uri.toString();
    }

    private long demoCase() {
        return id("select id from enforcement_case where reference = ?", "TKD-2020-0001");
    }

    private long id(String sql, Object parameter) {
        return this.jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private void phone() {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private static long documentWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
            .longValue();
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser).executeCdpCommand(command, parameters);
    }

}
