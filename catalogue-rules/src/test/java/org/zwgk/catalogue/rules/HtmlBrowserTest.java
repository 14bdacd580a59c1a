package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The html report in a real browser: headless Chromium driven through WebDriver (Selenium and chromedriver).
 * Asserts on the rendered DOM and fails on any console error or any resource the page tries to load. Skipped,
 * with the reason, only on a developer's machine without Chromium; in CI (CI=true), where .ci/run installs Debian's
 * chromium and chromium-driver, a missing browser fails.
 */
class HtmlBrowserTest {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");

    private static WebDriver driver;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBrowser() {
        Optional<Path> browser = configured("zwgk.chromium", "CHROME_BIN").or(() -> onPath(BROWSERS));
        if ("true".equals(System.getenv("CI"))) {
            // A real-part test never skips in CI: .ci/run installs the browser, so its absence is a failure there.
            assertThat(browser).as("Chromium in CI (installed by .ci/run)").isPresent();
        }
        assumeTrue(browser.isPresent(), "No Chromium found (looked for " + BROWSERS + " on PATH, -Dzwgk.chromium "
                + "and CHROME_BIN): the browser test of the html report is skipped. Install Debian's chromium and "
                + "chromium-driver (as .ci/run does) to run it.");
        Path chromedriver = configured("zwgk.chromedriver", "CHROMEDRIVER").or(() -> onPath(List.of("chromedriver")))
                .orElseThrow(() -> new IllegalStateException("Chromium is installed at " + browser.get()
                        + " but chromedriver is not: install chromium-driver."));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Optional<Path> configured(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .map(Path::of).filter(Files::isExecutable);
    }

    private static Optional<Path> onPath(List<String> names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        for (String name : names) {
            for (String d : path.split(File.pathSeparator)) {
                if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
                    return Optional.of(Path.of(d, name));
                }
            }
        }
        return Optional.empty();
    }

    private static void open(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        driver.get(file.toUri().toString());
    }

    /** Console messages at error level since the last call (reading the log clears it). */
    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static long resourcesLoaded() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').length;");
    }

    @Test
    void printedTheReportIsBlackOnWhiteWithItsTableHeadersRepeated() throws IOException {
        open("print.html", Fixtures.render(Fixtures.check("sample-county-shortfalls"), "html",
                Locale.SIMPLIFIED_CHINESE));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.zwgk thead')).display"))
                    .isEqualTo("table-header-group");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.zwgk-missing'))"
                    + ".backgroundColor")).isEqualTo("rgb(255, 255, 255)");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.zwgk-missing')).color"))
                    .isEqualTo("rgb(0, 0, 0)");
            // Black and white loses the colours, never the meaning: every grid cell still says what it is.
            assertThat(driver.findElements(By.cssSelector(".zwgk-cell"))).allSatisfy(
                    cell -> assertThat(cell.getText()).isNotBlank());
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theSampleReportRendersWithItsGridAndFindingsAndNoConsoleError() throws IOException {
        Report r = Fixtures.check("sample-county-shortfalls");
        consoleErrors();
        open("report.html", Fixtures.render(r, "html", Locale.SIMPLIFIED_CHINESE));

        assertThat(driver.getTitle()).startsWith("生态环境领域政务公开标准目录符合性检查报告");
        assertThat(driver.findElement(By.cssSelector(".zwgk-score-value")).getText())
                .isEqualTo(Integer.toString(r.score().value()));
        assertThat(driver.findElements(By.cssSelector(".zwgk-grid .zwgk-cell[data-status]")))
                .hasSize(r.categoryResults().size());
        assertThat(driver.findElements(By.cssSelector(".zwgk-grid .zwgk-cell[data-status=missing]")))
                .hasSize(r.coverage().missing());
        assertThat(driver.findElements(By.cssSelector("tr.zwgk-finding"))).hasSize(r.findings().size());

        WebElement missing = driver.findElement(By.cssSelector(".zwgk-grid .zwgk-missing[data-code='XK-01']"));
        assertThat(missing.isDisplayed()).isTrue();
        assertThat(missing.getText()).contains("建设项目环境影响评价文件审批", "缺失");
        // Colour and text both: the missing cell is red on pink, the present ones green.
        assertThat(missing.getCssValue("background-color")).isEqualTo("rgba(255, 235, 233, 1)");
        assertThat(driver.findElement(By.cssSelector(".zwgk-grid .zwgk-present")).getCssValue("background-color"))
                .isEqualTo("rgba(218, 251, 225, 1)");

        WebElement channel = driver.findElement(
                By.cssSelector("section.zwgk-rule[data-rule='channel.parent-channel-dropped'] tr.zwgk-finding"));
        assertThat(channel.findElement(By.cssSelector(".zwgk-message")).getText())
                .isEqualTo("二级事项“行政处罚流程”面向特定群体，但未保留上级目录的精准推送，也没有其他直接送达当事人的渠道"
                        + "（精准推送、入户/现场），当事人可能无从获知。请补充精准推送或入户/现场。");
        assertThat(channel.findElement(By.cssSelector(".zwgk-parent-value")).getText()).isEqualTo("精准推送");
        assertThat(channel.findElement(By.cssSelector(".zwgk-child-value")).getText()).isEqualTo("政府网站");

        assertThat(resourcesLoaded()).as("resources the page loaded").isZero();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void hostileTextShowsAsTextAndRunsNothing() throws IOException {
        consoleErrors();
        open("hostile.html", Fixtures.render(Fixtures.hostileReport(), "html", Locale.SIMPLIFIED_CHINESE));
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".zwgk-grid .zwgk-added")).getText())
                .contains("<script>alert('x')</script>");
        assertThat(consoleErrors()).isEmpty();
    }

    /** Script, attribute-breaking and javascript: URL payloads, each of which would set window.zwgkPwned. */
    static final List<String> PAYLOADS = List.of("<script>window.zwgkPwned='script';alert(1)</script>",
            "\"><img src=x onerror=\"window.zwgkPwned='img';alert(2)\">",
            "'><svg onload=window.zwgkPwned='svg'>",
            "javascript:window.zwgkPwned='url';alert(3)");

    /** The only-government-website sheet with its local addition's name, content and owner made hostile. */
    static Report payloadReport() {
        CheckInput base = Fixtures.sheetInput("only-government-website");
        List<org.zwgk.catalogue.model.Area> areas = new ArrayList<>();
        for (org.zwgk.catalogue.model.Area a : base.catalogue().areas()) {
            List<org.zwgk.catalogue.model.Category> cats = new ArrayList<>();
            for (org.zwgk.catalogue.model.Category cat : a.categories()) {
                if (cat.code().equals(Optional.of("XK-L1"))) {
                    cat = org.zwgk.catalogue.model.Category.named(PAYLOADS.get(0) + PAYLOADS.get(1) + " " + PAYLOADS.get(3)).code("XK-L1")
                            .content(PAYLOADS.get(1), PAYLOADS.get(2), PAYLOADS.get(3))
                            .legalBasis(cat.legalBasis()).deadline(cat.deadline().orElseThrow())
                            .owner(PAYLOADS.get(3)).channels(cat.channels()).audience(cat.audience())
                            .mode(cat.mode()).levels(cat.levels()).build();
                }
                cats.add(cat);
            }
            areas.add(new org.zwgk.catalogue.model.Area(a.code(), a.name(), cats));
        }
        CheckInput hostile = new CheckInput(base.catalogue().toBuilder().areas(areas).build(), base.sources(),
                base.path(), base.sha256(), List.of());
        return Fixtures.checker("only-government-website").check(hostile);
    }

    @Test
    void scriptAttributeAndUrlPayloadsInCategoryNamesAndContentRunNothingAndShowAsText() throws IOException {
        Report report = payloadReport();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            consoleErrors();
            open("payloads-" + locale + ".html", Fixtures.render(report, "html", locale));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            assertThat(js.executeScript("return typeof window.zwgkPwned;")).as("a payload ran").isEqualTo("undefined");
            assertThat(driver.findElements(By.tagName("script"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("img, svg[onload], [onerror], [onload]"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("[href^='javascript'], [src^='javascript']"))).isEmpty();
            String text = driver.findElement(By.tagName("body")).getText();
            assertThat(text).contains(PAYLOADS.get(0), PAYLOADS.get(1), PAYLOADS.get(3));
            assertThat(resourcesLoaded()).as("resources the page loaded").isZero();
            assertThat(consoleErrors()).isEmpty();
        }
    }

    @Test
    void theFragmentRendersInsideAPortalPage() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportRenderer.htmlFragment().render(Fixtures.check("not-applicable"), Locale.SIMPLIFIED_CHINESE, out);
        String portal = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>政务公开专栏</title>"
                + "</head><body><header>示例县人民政府</header><main>" + out.toString(StandardCharsets.UTF_8)
                + "</main></body></html>";
        consoleErrors();
        open("portal.html", portal);
        assertThat(driver.findElements(By.cssSelector("main > div.zwgk > section.zwgk-report"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("header")).getText()).isEqualTo("示例县人民政府");
        assertThat(driver.findElements(By.cssSelector(".zwgk-grid .zwgk-not-applicable"))).isNotEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theCatalogueTableRendersWithSpannedAreasAndBoxes() throws IOException {
        org.zwgk.catalogue.model.Catalogue national = org.zwgk.catalogue.data.Editions.national();
        consoleErrors();
        open("catalogue.html", CatalogueHtmlTest.page(national));
        assertThat(driver.findElements(By.cssSelector("tr.zwgk-category-row"))).hasSize(national.categoryCount());
        WebElement area = driver.findElement(By.cssSelector("th.zwgk-area"));
        assertThat(area.getAttribute("rowspan")).isEqualTo(
                Integer.toString(national.areas().get(0).categories().size()));
        assertThat(area.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("tr.zwgk-category-row .zwgk-box-ticked")).getText())
                .startsWith("■");
        assertThat(resourcesLoaded()).isZero();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theConsoleCheckWouldCatchAnError() throws IOException {
        consoleErrors();
        open("broken.html", "<!doctype html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>"
                + "<script>console.error('zwgk-self-check');</script></body></html>");
        assertThat(Stream.of(consoleErrors().toArray(String[]::new))).anyMatch(m -> m.contains("zwgk-self-check"));
    }
}
