package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.Format;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An officer's visit in Chromium: upload a workbook through the form, read the score and a finding, download the
 * annotated workbook and find the comment on its cell, switch to English, upload a .zip batch, upload a hostile
 * file and read its problem; every page passes axe-core with no serious or critical violation and logs no console
 * error (a Content-Security-Policy violation is one).
 */
@ServerTest
class BrowserFlowTest {

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
        browser.driver.get("http://localhost:" + port + path);
    }

    private void upload(Path... uploads) {
        StringBuilder paths = new StringBuilder();
        for (Path p : uploads) {
            paths.append(paths.length() == 0 ? "" : "\n").append(p.toAbsolutePath());
        }
        browser.find("#file").sendKeys(paths.toString());
        browser.driver.executeScript("document.getElementById('asOf').value = arguments[0];", TestFiles.AS_OF);
        browser.find("#submit").click();
    }

    @Test
    void anOfficerChecksAWorkbookDownloadsItAnnotatedSwitchesToEnglishAndChecksABatch() throws Exception {
        browser.consoleErrors();
        open("/?lang=zh-CN");
        assertThat(browser.find("h1").getText()).isEqualTo("检查政务公开标准目录");
        browser.assertAccessibleAndQuiet("/");

        byte[] bytes = TestFiles.edition(TestFiles.EXAMPLE, Format.XLSX);
        Path workbook = Files.write(files.resolve("示例县目录.xlsx"), bytes);
        upload(workbook);

        int expected = new ObjectMapper().readTree(new Http("http://localhost:" + port).post("/api/v1/checks",
                java.util.Map.of("file", new Http.FilePart("示例县目录.xlsx", bytes), "asOf", TestFiles.AS_OF)).body())
                .at("/summary/score/value").asInt();
        assertThat(browser.find("#score").getText()).isEqualTo(Integer.toString(expected));
        WebElement missing = browser.find("section.zwgk-rule[data-rule='coverage.missing-category'] tr.zwgk-finding");
        assertThat(missing.getText()).contains("建设项目环境影响评价文件审批");
        assertThat(browser.driver.findElements(By.cssSelector("#read-table tbody tr")))
                .hasSize(Editions.byId(TestFiles.EXAMPLE).orElseThrow().categoryCount());
        assertThat(browser.find("#read-table tbody tr .cell-ref").getText()).matches(".*![A-Z]+\\d+");
        browser.assertAccessibleAndQuiet("result");
        Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "server-result.png"), StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("zwgk.updateDocs")) {
            // mvn verify -Dzwgk.updateDocs=true refreshes the README's screenshot from the code as it is.
            Files.copy(shot, Path.of("..", "docs", "server-result.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        browser.find("a.download[data-file='示例县目录-report.xlsx']").click();
        Path annotated = browser.awaitDownload("示例县目录-report.xlsx");
        try (InputStream in = Files.newInputStream(annotated); Workbook wb = WorkbookFactory.create(in)) {
            Sheet catalogue = wb.getSheetAt(0);
            List<Comment> comments = List.copyOf(catalogue.getCellComments().values());
            assertThat(comments).isNotEmpty();
            assertThat(comments).anyMatch(c -> c.getString().getString().contains("channel.parent-channel-dropped"));
        }

        browser.find("#lang-switch").click();
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Check a disclosure catalogue");
        browser.assertAccessibleAndQuiet("/ in English");

        Path zip = Files.write(files.resolve("county.zip"), TestFiles.batchZip());
        upload(zip);
        assertThat(browser.find("h1").getText()).isEqualTo("Batch result");
        assertThat(browser.driver.findElements(By.cssSelector("tr.summary-entry"))).hasSize(2);
        assertThat(browser.find(".failures").getText()).contains("县/broken.csv", "The file is empty");
        browser.find("tr.summary-entry a").click();
        assertThat(browser.driver.getCurrentUrl()).contains("#report-");
        browser.assertAccessibleAndQuiet("batch result");

        open("/");
        Path hostile = Files.write(files.resolve(HostileFiles.xxe().name()), HostileFiles.xxe().bytes());
        upload(hostile);
        assertThat(browser.find(".problem-id").getText()).isEqualTo("io.xml-dtd");
        assertThat(browser.find(".problem-message").getText()).contains("DOCTYPE");
        // The form comes back at 422, which Chromium logs; that line is the status we mean to send, nothing else.
        assertThat(browser.axeViolations()).as("axe-core on the refused upload").isEmpty();
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/check - Failed to load resource: the server "
                + "responded with a status of 422"));
    }

    @Test
    void theEditionsAndRulesPagesAreAccessibleInBothLanguages() throws IOException {
        for (String lang : List.of("zh-CN", "en")) {
            for (String page : List.of("/editions", "/editions/" + Editions.NATIONAL_ID, "/rules")) {
                browser.consoleErrors();
                open(page + "?lang=" + lang);
                assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
                browser.assertAccessibleAndQuiet(page + " " + lang);
            }
        }
        open("/editions/" + Editions.NATIONAL_ID);
        assertThat(browser.driver.findElements(By.cssSelector("tr.zwgk-category-row")))
                .hasSize(Editions.national().categoryCount());
        open("/rules");
        assertThat(browser.driver.findElements(By.cssSelector("#rules tbody tr")))
                .hasSize(org.zwgk.catalogue.rules.Rules.all().size());
    }
}
