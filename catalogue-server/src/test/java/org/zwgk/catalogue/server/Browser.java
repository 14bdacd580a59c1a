package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium through chromedriver (as catalogue-rules' HtmlBrowserTest drives it), downloading
 * into a folder, with axe-core at hand. Where no Chromium is installed the test is skipped with the reason, except
 * in CI ({@code CI=true}), where it fails: CI installs chromium and chromium-driver, and a browser test that
 * silently skipped there would prove nothing.
 */
final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");

    final ChromeDriver driver;
    final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** Starts Chromium, or skips (fails in CI) when there is none. */
    static Browser start(Path downloads) {
        Optional<Path> browser = configured("zwgk.chromium", "CHROME_BIN").or(() -> onPath(BROWSERS));
        if (browser.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no Chromium was found (looked for " + BROWSERS + "): "
                    + ".ci/run installs Debian's chromium and chromium-driver; the browser test must run in CI.");
        }
        assumeTrue(browser.isPresent(), "No Chromium found (looked for " + BROWSERS + " on PATH, -Dzwgk.chromium "
                + "and CHROME_BIN): the web checker's browser test is skipped. Install Debian's chromium and "
                + "chromium-driver (as .ci/run does) to run it.");
        Path chromedriver = configured("zwgk.chromedriver", "CHROMEDRIVER").or(() -> onPath(List.of("chromedriver")))
                .orElseThrow(() -> new IllegalStateException("Chromium is installed at " + browser.get()
                        + " but chromedriver is not: install chromium-driver."));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--lang=zh-CN", "--window-size=1280,1600");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        return new Browser(driver, downloads);
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

    /** The first element matching {@code css}, waiting up to a minute: after a click the next page may still load. */
    WebElement find(String css) {
        return await(() -> driver.findElements(By.cssSelector(css)).stream().findFirst().orElse(null), css);
    }

    /** What {@code what} gives once it is not null, asked every 100 ms for up to a minute. */
    <T> T await(Supplier<T> what, String description) {
        for (int i = 0; i < 600; i++) {
            T found = what.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited a minute for " + description + " on " + driver.getCurrentUrl());
    }

    /** axe-core finds no serious or critical violation on the page, and its console logged no error. */
    void assertAccessibleAndQuiet(String page) throws IOException {
        assertThat(axeViolations()).as("axe-core serious/critical violations on " + page).isEmpty();
        assertThat(consoleErrors()).as("console errors on " + page).isEmpty();
    }

    /** Console messages at error level since the last call (a CSP violation is one). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** axe-core's serious and critical violations on the current page, as "rule: help (n nodes)". */
    List<String> axeViolations() throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        String json = (String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify(r.violations)); });");
        List<String> serious = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(json)) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                serious.add(v.get("id").asText() + " (" + impact + "): " + v.get("help").asText() + " " + targets);
            }
        }
        return serious;
    }

    private static String axe;

    /** axe.min.js from Deque's Maven artifact, read once. */
    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }

    /** Waits up to a minute for a finished download named {@code name}. */
    Path awaitDownload(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 600; i++) {
            if (Files.isRegularFile(file)) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no download " + name + " in " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
