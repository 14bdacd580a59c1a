package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zwgk.catalogue.io.Format;

/**
 * A review round in Chromium (issue 18): the administrator signs in and creates a reviewer; the reviewer opens a
 * round with two localities; each locality uploads through its link; the dashboard shows both scores and draws its
 * charts (target/review-dashboard.png; docs/ with -Dzwgk.updateDocs=true); a second version shows its fixed
 * findings. Every page passes axe-core with no serious or critical violation and logs no console error (a CSP
 * violation is one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zwgk.admin.password=" + ReviewBrowserTest.ADMIN_PASSWORD,
    "spring.datasource.url=jdbc:h2:mem:review-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
class ReviewBrowserTest {

    static final String ADMIN_PASSWORD = "admin password of the browser test";

    @TempDir
    static Path files;

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(Files.createDirectories(files.resolve("downloads")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String path) {
        browser.driver.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    /** The first element matching {@code css}, waiting up to a minute for it (pages load after a click). */
    private WebElement find(String css) {
        return await(() -> browser.driver.findElements(By.cssSelector(css)).stream().findFirst().orElse(null), css);
    }

    private static <T> T await(Supplier<T> what, String description) {
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
        throw new AssertionError("waited a minute for " + description + " on " + browser.driver.getCurrentUrl());
    }

    private void checked(String page) throws IOException {
        assertThat(browser.axeViolations()).as("axe-core serious/critical violations on " + page).isEmpty();
        assertThat(browser.consoleErrors()).as("console errors on " + page).isEmpty();
    }

    private void signIn(String user, String password) throws IOException {
        open("/signin");
        checked("sign-in");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#signin-form button").click();
        await(() -> browser.driver.getCurrentUrl().contains("/review") ? true : null, "/review");
        find("#new-round");
    }

    private void signOut() {
        open("/review");
        find("form[action='/signout'] button").click();
        find("#check-form");
    }

    private void uploadThroughLink(String link, Path file) throws IOException {
        open(link);
        checked("upload page");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        find("#upload-form button").click();
        find("#result");
    }

    @Test
    void aReviewerCollectsTwoLocalitiesAndSeesTheirScoresAndFixedFindings() throws Exception {
        Path shortfalls = Files.write(files.resolve("渝北区目录.csv"), TestFiles.edition(TestFiles.EXAMPLE, Format.CSV));
        Path conforming = Files.write(files.resolve("江北区目录.xlsx"),
                TestFiles.edition("sample-county-conforming", Format.XLSX));

        signIn("admin", ADMIN_PASSWORD);
        open("/admin/users");
        checked("accounts");
        find("#username").sendKeys("reviewer-chongqing");
        find("#password").sendKeys("a long reviewer password");
        find("#user-form button").click();
        assertThat(find("#created").getText()).contains("reviewer-chongqing");
        open("/admin/registry");
        checked("registry overlays");
        signOut();

        signIn("reviewer-chongqing", "a long reviewer password");
        find("#new-round").click();
        checked("new round");
        find("#name").sendKeys("2026 年度区县目录审核");
        browser.driver.executeScript("document.getElementById('asOf').value = arguments[0];", TestFiles.AS_OF);
        find("#localities").sendKeys("渝北区,500112,县级\n江北区,500105");
        find("#round-form button").click();
        List<String> links = new ArrayList<>();
        find("#links");
        for (WebElement a : browser.driver.findElements(By.cssSelector("#links .upload-link"))) {
            links.add(a.getAttribute("href"));
        }
        String dashboard = browser.driver.getCurrentUrl();
        checked("dashboard with links");

        uploadThroughLink(links.get(0), shortfalls);
        int firstScore = Integer.parseInt(find("#result-score").getText());
        uploadThroughLink(links.get(1), conforming);
        checked("upload result");

        open(dashboard);
        List<WebElement> scores = browser.driver.findElements(By.cssSelector("#localities td.score"));
        assertThat(scores).extracting(WebElement::getText).containsExactly(Integer.toString(firstScore),
                find("#localities tr[data-locality='江北区'] td.score").getText());
        assertThat(scores.get(1).getText()).isNotEqualTo("—");
        find("body[data-charts-drawn='true']");
        assertThat(browser.driver.findElements(By.cssSelector("#score-chart canvas"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#heat-chart canvas"))).isNotEmpty();
        checked("dashboard");
        Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "review-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("zwgk.updateDocs")) {
            Files.copy(shot, Path.of("..", "docs", "review-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        uploadThroughLink(links.get(0), conforming);
        open(dashboard);
        find("#localities tr[data-locality='渝北区'] th a").click();
        assertThat(Integer.parseInt(find("#count-fixed").getText())).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#findings-fixed li"))).isNotEmpty();
        checked("versions compared");

        open(dashboard + "/audit");
        assertThat(find("#audit").getText()).contains("round.created").contains("submission.stored");
        checked("audit log");
    }
}
