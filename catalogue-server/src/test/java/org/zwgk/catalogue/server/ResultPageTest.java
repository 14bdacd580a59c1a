package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * The result pages over HTTP, as a browser without JavaScript posts the form: the downloads are links to reports
 * the server keeps in memory for a while (not the reports inlined in the page), each an attachment that is not
 * sniffed, and a link whose result has gone answers a 404 page that says so, with its id, in zh-CN and English.
 */
@ServerTest
class ResultPageTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http("http://localhost:" + port);
    }

    private Http.Answer postForm(Map<String, Object> parts, String lang) {
        return http.postCheckForm(parts, lang);
    }

    @Test
    void aResultPageLinksItsReportsWhichDownloadAsAttachmentsOfTheirType() throws Exception {
        byte[] workbook = TestFiles.edition(TestFiles.EXAMPLE, Format.XLSX);
        Http.Answer page = postForm(Map.of("file", new Http.FilePart("示例县目录.xlsx", workbook)), "zh-CN");
        assertThat(page.status().value()).isEqualTo(200);
        assertThat(page.text()).as("reports are linked, not carried in the page").doesNotContain("data:application");
        Document doc = Jsoup.parse(page.text());
        assertThat(doc.select("#read-table tbody tr")).hasSize(Editions.byId(TestFiles.EXAMPLE).orElseThrow()
                .categoryCount());
        List<Element> links = doc.select("a.download");
        assertThat(links).extracting(a -> a.attr("data-file")).containsExactly("示例县目录-report.xlsx",
                "示例县目录-report.json", "示例县目录-report.sarif", "示例县目录-report.csv", "示例县目录-report.xml",
                "示例县目录-report.html", "示例县目录.canonical.json");
        assertThat(links).allSatisfy(a -> assertThat(a.attr("href")).matches("/results/[A-Za-z0-9_-]{22}/[a-z]+"));

        Http.Answer xlsx = http.get(links.get(0).attr("href"));
        assertThat(xlsx.status().value()).isEqualTo(200);
        assertThat(xlsx.headers().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ContentDisposition disposition = xlsx.headers().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("示例县目录-report.xlsx");
        assertThat(xlsx.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(xlsx.headers().getCacheControl()).contains("no-store");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getCellComments()).as("the user's own workbook, annotated").isNotEmpty();
        }

        Http.Answer canonical = http.get(links.get(6).attr("href"));
        assertThat(canonical.text()).as("what was read, as the check read it").isEqualTo(CatalogueJson.write(
                org.zwgk.catalogue.io.CatalogueReader.read(workbook, "示例县目录.xlsx",
                        org.zwgk.catalogue.io.ReadLimits.defaults()).catalogue()));
        assertThat(http.get(links.get(0).attr("href")).body()).as("fetched again while kept").isEqualTo(xlsx.body());
    }

    @Test
    void aBatchLinksAllItsReportsAsOneZip() throws IOException {
        Http.Answer page = postForm(Map.of("file", new Http.FilePart("county.zip", TestFiles.batchZip())), "en");
        assertThat(page.status().value()).isEqualTo(200);
        Element zip = Jsoup.parse(page.text()).selectFirst("a#zip");
        Http.Answer reports = http.get(zip.attr("href"));
        assertThat(reports.headers().getContentType().toString()).isEqualTo("application/zip");
        assertThat(reports.headers().getContentDisposition().getFilename()).isEqualTo("reports.zip");
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(reports.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("conforming.html", "shortfalls.json", "summary.json", "index.html");
    }

    @Test
    void aResultThatIsNoLongerKeptIsA404PageThatSaysSoInBothLanguages() {
        Http.Answer zh = http.get("/results/AAAAAAAAAAAAAAAAAAAAAA/xlsx", HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        assertThat(zh.status().value()).isEqualTo(404);
        assertThat(zh.headers().getContentType().toString()).startsWith("text/html");
        Document page = Jsoup.parse(zh.text());
        assertThat(page.selectFirst(".problem-id").text()).isEqualTo("result.expired");
        assertThat(page.selectFirst(".problem-message").text()).startsWith("该检查结果已不在服务器上")
                .contains("15 分钟");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.text()).doesNotContain("Exception", "at org.");

        Http.Answer en = http.get("/results/AAAAAAAAAAAAAAAAAAAAAA/xlsx?lang=en");
        assertThat(en.status().value()).isEqualTo(404);
        assertThat(Jsoup.parse(en.text()).selectFirst(".problem-message").text())
                .startsWith("This result is no longer on the server").contains("15 minutes");
        assertThat(new String(en.body(), StandardCharsets.UTF_8)).contains("result.expired");
    }

    @Test
    void anAddressThatLeadsNowhereIsThe404PageForABrowserAndProblemDetailsForTheApi() {
        Http.Answer page = http.get("/editionen", HttpHeaders.ACCEPT,
                "text/html,application/xhtml+xml,*/*;q=0.8", HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        assertThat(page.status().value()).isEqualTo(404);
        assertThat(page.headers().getContentType().toString()).startsWith("text/html");
        Document doc = Jsoup.parse(page.text());
        assertThat(doc.selectFirst("main p").text()).isEqualTo("未找到该页面。");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(Jsoup.parse(http.get("/no-such-page?lang=en", HttpHeaders.ACCEPT, "text/html").text())
                .selectFirst("main p").text()).isEqualTo("No such page.");

        Http.Answer link = http.get("/upload/no-such-locality/no-such-token", HttpHeaders.ACCEPT, "text/html",
                HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        assertThat(link.status().value()).as("a wrong or revoked upload link").isEqualTo(404);
        Document linkPage = Jsoup.parse(link.text());
        assertThat(linkPage.selectFirst(".problem-message").text()).startsWith("未找到");
        assertThat(linkPage.selectFirst(".problem-id").text()).isEqualTo("review.not-found");

        Http.Answer api = http.get("/api/v1/no-such-thing", HttpHeaders.ACCEPT, "text/html");
        assertThat(api.status().value()).isEqualTo(404);
        assertThat(api.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(http.get("/no-such-page").headers().getContentType().toString())
                .as("a client that does not ask for a page").isEqualTo("application/problem+json");
    }
}
