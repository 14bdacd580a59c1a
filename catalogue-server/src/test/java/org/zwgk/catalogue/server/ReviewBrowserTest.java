package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private void signIn(String user, String password) throws IOException {
        open("/signin");
        browser.assertAccessibleAndQuiet("sign-in");
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(password);
        browser.find("#signin-form button").click();
        browser.await(() -> browser.driver.getCurrentUrl().contains("/review") ? true : null, "/review");
        browser.find("#new-round");
    }

    private void signOut() {
        open("/review");
        browser.find("form[action='/signout'] button").click();
        browser.find("#check-form");
    }

    private void uploadThroughLink(String link, Path file) throws IOException {
        open(link);
        browser.assertAccessibleAndQuiet("upload page");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload-form button").click();
        browser.find("#result");
    }

    @Test
    void aReviewerCollectsTwoLocalitiesAndSeesTheirScoresAndFixedFindings() throws Exception {
        Path shortfalls = Files.write(files.resolve("渝北区目录.csv"), TestFiles.edition(TestFiles.EXAMPLE, Format.CSV));
        Path conforming = Files.write(files.resolve("江北区目录.xlsx"),
                TestFiles.edition("sample-county-conforming", Format.XLSX));

        signIn("admin", ADMIN_PASSWORD);
        open("/admin/users");
        browser.assertAccessibleAndQuiet("accounts");
        browser.find("#username").sendKeys("reviewer-chongqing");
        browser.find("#password").sendKeys("a long reviewer password");
        browser.find("#user-form button").click();
        assertThat(browser.find("#created").getText()).contains("reviewer-chongqing");
        open("/admin/registry");
        browser.assertAccessibleAndQuiet("registry overlays");
        signOut();

        signIn("reviewer-chongqing", "a long reviewer password");
        browser.find("#new-round").click();
        browser.assertAccessibleAndQuiet("new round");
        browser.find("#name").sendKeys("2026 年度区县目录审核");
        browser.driver.executeScript("document.getElementById('asOf').value = arguments[0];", TestFiles.AS_OF);
        browser.find("#localities").sendKeys("渝北区,500112,县级\n江北区,500105");
        browser.driver.executeScript("document.getElementById('level').value = 'county';");
        browser.find("#round-form button").click();
        List<String> links = new ArrayList<>();
        browser.find("#links");
        for (WebElement a : browser.driver.findElements(By.cssSelector("#links .upload-link"))) {
            links.add(a.getAttribute("href"));
        }
        String dashboard = browser.driver.getCurrentUrl();
        assertThat(browser.find("dl.facts").getText()).as("the parent by its title, the level in Chinese")
                .contains("生态环境领域基层政务公开标准目录 (mee-2019-672)", "县级").doesNotContain("county");
        browser.assertAccessibleAndQuiet("dashboard with links");

        uploadThroughLink(links.get(0), shortfalls);
        int firstScore = Integer.parseInt(browser.find("#result-score").getText());
        uploadThroughLink(links.get(1), conforming);
        browser.assertAccessibleAndQuiet("upload result");

        open(dashboard);
        List<WebElement> scores = browser.driver.findElements(By.cssSelector("#localities td.score"));
        assertThat(scores).extracting(WebElement::getText).containsExactly(Integer.toString(firstScore),
                browser.find("#localities tr[data-locality='江北区'] td.score").getText());
        assertThat(scores.get(1).getText()).isNotEqualTo("—");
        browser.find("body[data-charts-drawn='true']");
        assertThat(browser.driver.findElements(By.cssSelector("#score-chart canvas"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#heat-chart canvas"))).isNotEmpty();
        WebElement heat = browser.find("#heat-table table");
        assertThat(heat.findElements(By.cssSelector("thead th"))).extracting(th -> th.getAttribute("textContent"))
                .endsWith("渝北区", "江北区");
        assertThat(heat.findElements(By.cssSelector("tbody td"))).as("the heat map in words, not colour alone")
                .isNotEmpty().allSatisfy(td -> assertThat(td.getAttribute("textContent"))
                        .isIn("缺失", "不涉及", "已有（有问题）", "已有"));
        browser.assertAccessibleAndQuiet("dashboard");
        Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "review-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("zwgk.updateDocs")) {
            Files.copy(shot, Path.of("..", "docs", "review-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        uploadThroughLink(links.get(0), conforming);
        open(dashboard);
        browser.find("#localities tr[data-locality='渝北区'] th a").click();
        assertThat(Integer.parseInt(browser.find("#count-fixed").getText())).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#findings-fixed li"))).isNotEmpty();
        browser.assertAccessibleAndQuiet("versions compared");

        open(dashboard + "/audit");
        assertThat(browser.find("#audit").getText()).contains("round.created").contains("submission.stored");
        browser.assertAccessibleAndQuiet("audit log");
    }
}
