package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.server.HostileFiles.Hostile;
import org.zwgk.catalogue.server.Http.FilePart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code POST /api/v1/checks}: reports equal to the command line's, every format, every refusal as a problem. */
@ServerTest
class CheckApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    Http http;

    @BeforeEach
    void client() {
        http = new Http("http://localhost:" + port);
    }

    private Http.Answer check(String name, byte[] bytes, Object... fields) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("file", new FilePart(name, bytes));
        form.put("asOf", TestFiles.AS_OF);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put((String) fields[i], fields[i + 1]);
        }
        return http.post("/api/v1/checks", form);
    }

    @Test
    void theBundledExampleGivesTheCommandLinesJsonByteForByte() throws IOException {
        byte[] example = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
        Http.Answer a = check("sample-county-shortfalls.json", example);
        assertThat(a.status().value()).isEqualTo(200);
        assertThat(a.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(a.text()).isEqualTo(TestFiles.cliJson(dir, "sample-county-shortfalls.json", example));
        assertThat(JSON.readTree(a.body()).at("/input/path").asText()).isEqualTo("sample-county-shortfalls.json");
    }

    @Test
    void aWorkbookAtCountyLevelAgainstAnotherParentGivesTheCommandLinesJson() throws IOException {
        byte[] workbook = TestFiles.edition(TestFiles.EXAMPLE, Format.XLSX);
        Http.Answer a = check("县目录.xlsx", workbook, "edition", "sample-county-conforming", "level", "县级");
        assertThat(a.status().value()).isEqualTo(200);
        assertThat(a.text()).isEqualTo(TestFiles.cliJson(dir, "县目录.xlsx", workbook, "--parent",
                "sample-county-conforming", "--level", "县级"));
    }

    @Test
    void anUploadedParentWorkbookIsCheckedAgainstAsTheCommandLineDoes() throws IOException {
        byte[] child = TestFiles.edition(TestFiles.EXAMPLE, Format.CSV);
        byte[] parent = TestFiles.edition("sample-county-conforming", Format.XLSX);
        Http.Answer a = check("child.csv", child, "parent", new FilePart("parent.xlsx", parent));
        assertThat(a.status().value()).isEqualTo(200);
        java.nio.file.Files.write(dir.resolve("parent.xlsx"), parent);
        assertThat(a.text()).isEqualTo(TestFiles.cliJson(dir, "child.csv", child, "--parent",
                dir.resolve("parent.xlsx").toString()).replace(dir.resolve("parent.xlsx").toString(), "parent.xlsx"));
    }

    static Stream<Object[]> formats() {
        return Stream.of(new Object[] {"sarif", "application/sarif+json", "2.1.0"},
                new Object[] {"html", "text/html", "<!DOCTYPE html>"},
                new Object[] {"csv", "text/csv", "coverage.missing-category"},
                new Object[] {"junit", "application/xml", "<testsuite"},
                new Object[] {"text", "text/plain", "sample-county-shortfalls.json"});
    }

    @ParameterizedTest
    @MethodSource("formats")
    void eachFormatByParameterAndByAcceptIsAnAttachmentOfItsType(String format, String type, String marker) {
        byte[] example = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
        Http.Answer byParameter = check("sample-county-shortfalls.json", example, "format", format);
        assertThat(byParameter.status().value()).isEqualTo(200);
        assertThat(byParameter.headers().getContentType().toString()).startsWith(type);
        assertThat(byParameter.headers().getContentDisposition().isAttachment()).isTrue();
        assertThat(byParameter.text()).containsIgnoringCase(marker);
        Http.Answer byAccept = http.post("/api/v1/checks", Map.of("file", new FilePart("sample-county-shortfalls.json",
                example), "asOf", TestFiles.AS_OF), "Accept", type);
        assertThat(byAccept.headers().getContentType().toString()).startsWith(type);
        assertThat(byAccept.body()).isEqualTo(byParameter.body());
    }

    @Test
    void xlsxOfAnUploadedWorkbookIsThatWorkbookWithACommentOnTheFindingsCell() throws IOException {
        byte[] workbook = TestFiles.edition(TestFiles.EXAMPLE, Format.XLSX);
        Http.Answer a = check("县目录.xlsx", workbook, "format", "xlsx");
        assertThat(a.status().value()).isEqualTo(200);
        assertThat(a.headers().getContentDisposition().getFilename()).isEqualTo("县目录-report.xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(a.body()))) {
            assertThat(wb.getSheetAt(0).getCellComments()).isNotEmpty();
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
        }
    }

    @Test
    void aZipIsABatchAndItsSummaryNamesTheUnreadableEntry() throws IOException {
        Http.Answer reports = check("county.zip", TestFiles.batchZip());
        assertThat(reports.status().value()).isEqualTo(200);
        JsonNode array = JSON.readTree(reports.body());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(reports.headers().getFirst("Zwgk-Unreadable")).isEqualTo("1");

        JsonNode summary = JSON.readTree(check("county.zip", TestFiles.batchZip(), "format", "summary").body());
        assertThat(summary.toString()).contains("县/broken.csv", "县/conforming.xlsx", "县/shortfalls.csv");
    }

    @ParameterizedTest
    @MethodSource("org.zwgk.catalogue.server.HostileFiles#all")
    void everyHostileFileIsA422WithItsProblemIdAndTheNextRequestIsAnsweredNormally(Hostile hostile)
            throws IOException {
        Http.Answer a = check(hostile.name(), hostile.bytes());
        assertThat(a.status().value()).isEqualTo(422);
        assertThat(a.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode p = JSON.readTree(a.body());
        assertThat(p.get("id").asText()).isEqualTo(hostile.expectedId());
        assertThat(p.get("type").asText()).isEqualTo("urn:zwgk-catalogue:problem:" + hostile.expectedId());
        assertThat(p.get("status").asInt()).isEqualTo(422);
        assertThat(p.at("/location/file").asText()).isEqualTo(hostile.name());
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(a.text()).doesNotContain("Exception", "at org.");

        assertThat(check("ok.json", TestFiles.edition(TestFiles.EXAMPLE, Format.JSON)).status().value())
                .isEqualTo(200);
    }

    @Test
    void aZipBombZipIsRefusedBeforeItInflates() throws IOException {
        byte[] bomb = TestFiles.zip(Map.of("big.csv", " ".repeat(5_000_000).getBytes(StandardCharsets.UTF_8)));
        JsonNode p = JSON.readTree(check("bomb.zip", bomb).body());
        assertThat(p.get("status").asInt()).isEqualTo(422);
        assertThat(p.get("id").asText()).isEqualTo("upload.zip.inflate-ratio");
    }

    static Stream<Object[]> refusals() {
        byte[] ok = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
        return Stream.of(new Object[] {"level", new Object[] {"level", "district"}, ok, 400, "parameter.level"},
                new Object[] {"date", new Object[] {"asOf", "30/06/2026"}, ok, 400, "parameter.as-of"},
                new Object[] {"format", new Object[] {"format", "pdf"}, ok, 400, "parameter.format"},
                new Object[] {"edition", new Object[] {"edition", "no-such-edition"}, ok, 404, "edition.unknown"},
                new Object[] {"size", new Object[] {}, new byte[1_100_000], 413, "upload.too-large"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalHasItsStatusAndStableId(String what, Object[] fields, byte[] bytes, int status, String id)
            throws IOException {
        Http.Answer a = check("catalogue.json", bytes, fields);
        assertThat(a.status().value()).isEqualTo(status);
        assertThat(a.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(a.body()).get("id").asText()).isEqualTo(id);
    }

    @Test
    void aTypeTheReadersDoNotTakeIs415AndSoIsABodyThatIsNoUpload() throws IOException {
        Http.Answer text = check("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status().value()).isEqualTo(415);
        assertThat(JSON.readTree(text.body()).get("id").asText()).isEqualTo("upload.unsupported-type");
        Http.Answer raw = http.postRaw("/api/v1/checks", MediaType.APPLICATION_JSON, "{}".getBytes());
        assertThat(raw.status().value()).isEqualTo(415);
        assertThat(JSON.readTree(raw.body()).get("id").asText()).isEqualTo("upload.not-multipart");
    }

    @Test
    void everyFormatTheReadersTakeIsHandedToThemNotRefusedByType() throws IOException {
        for (String ext : List.of("xls", "et", "xlsm", "docx", "doc", "wps", "pdf")) {
            Http.Answer a = check("broken." + ext, "not really a catalogue".getBytes(StandardCharsets.UTF_8));
            assertThat(a.status().value()).as(ext).isEqualTo(422);
            assertThat(JSON.readTree(a.body()).get("id").asText()).as(ext).startsWith("io.");
        }
    }

    @Test
    void noFileIs400() throws IOException {
        Http.Answer a = http.post("/api/v1/checks", Map.of("asOf", TestFiles.AS_OF));
        assertThat(a.status().value()).isEqualTo(400);
        assertThat(JSON.readTree(a.body()).get("id").asText()).isEqualTo("upload.missing-file");
    }

    @Test
    void aRequestOverTheRequestLimitIs413BeforeItIsRead() throws IOException {
        Http.Answer a = check("huge.csv", new byte[3 * 1024 * 1024]);
        assertThat(a.status().value()).isEqualTo(413);
        assertThat(JSON.readTree(a.body()).get("id").asText()).isEqualTo("upload.too-large");
    }

    @Test
    void anAcceptNoFormatSatisfiesIs406() throws IOException {
        Http.Answer a = http.post("/api/v1/checks", Map.of("file", new FilePart("a.json",
                TestFiles.edition(TestFiles.EXAMPLE, Format.JSON))), "Accept", "image/png");
        assertThat(a.status().value()).isEqualTo(406);
        assertThat(JSON.readTree(a.body()).get("id").asText()).isEqualTo("parameter.accept");
    }

    @Test
    void theProblemSpeaksTheRequestsLanguage() throws IOException {
        Object[] bad = {"level", "district"};
        byte[] ok = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
        assertThat(JSON.readTree(check("a.json", ok, bad).body()).get("detail").asText()).startsWith("无法识别的层级");
        Http.Answer en = http.post("/api/v1/checks", Map.of("file", new FilePart("a.json", ok), "level", "district"),
                "Accept-Language", "en");
        assertThat(JSON.readTree(en.body()).get("detail").asText()).startsWith("Unknown level: district");
        assertThat(JSON.readTree(en.body()).get("title").asText()).isEqualTo("Bad request");
        assertThat(JSON.readTree(check("a.json", ok, "level", "district", "lang", "en").body()).get("detail")
                .asText()).startsWith("Unknown level");
        assertThat(JSON.readTree(check("a.json", ok, "lang", "en", "format", "json").body()).at("/locale").asText())
                .startsWith("en");
    }

    @Test
    void checksFindingsAndRefusalsAreCountedForPrometheus() {
        check("ok.json", TestFiles.edition(TestFiles.EXAMPLE, Format.JSON));
        check("notes.txt", new byte[1]);
        String metrics = http.get("/actuator/prometheus").text();
        assertThat(metrics).contains("zwgk_checks_total{format=\"json\",outcome=\"checked\"",
                "zwgk_findings_total{rule=\"coverage.missing-category\"",
                "zwgk_uploads_rejected_total{reason=\"upload.unsupported-type\"",
                "zwgk_check_duration_seconds_bucket");
        assertThat(List.of(http.get("/actuator/health").text())).anyMatch(s -> s.contains("\"UP\""));
    }
}
