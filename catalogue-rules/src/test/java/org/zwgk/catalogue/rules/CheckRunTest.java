package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.security.MessageDigest;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.model.json.CatalogueJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one check workflow, as the command line, the Maven plugin and the web checker run it. */
class CheckRunTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    private static byte[] edition(String id) {
        return CatalogueJson.write(Editions.byId(id).orElseThrow()).getBytes(StandardCharsets.UTF_8);
    }

    /** An edition written as a workbook in the national layout, as a bureau would keep it. */
    private Path workbook(String name, String edition) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            CatalogueWriter.write(Editions.byId(edition).orElseThrow(), org.zwgk.catalogue.io.Format.XLSX, out);
        }
        return file;
    }

    private static CheckRequest.Builder request() {
        return CheckRequest.builder().asOf(AS_OF);
    }

    @Test
    void anUploadIsNamedByItsDisplayNameAndHashedByTheLibrary() throws Exception {
        byte[] bytes = edition("sample-county-shortfalls");
        CheckRun run = CheckRun.of(request().input(InputFile.of("县级目录.json", bytes)).build());
        Report report = run.reports().get(0);
        assertThat(report.input().path()).contains("县级目录.json");
        assertThat(report.input().sha256()).contains(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(report.findings().stream().flatMap(f -> f.location().source().stream()).toList())
                .isNotEmpty().allSatisfy(s -> assertThat(s.file()).isEqualTo("县级目录.json"));
    }

    @Test
    void aRunWithOneThreadChecksOnTheCallersThreadAndOneWithMoreOnItsOwn() throws Exception {
        byte[] bytes = edition("sample-county-shortfalls");
        List<Thread> checkedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        CheckRun one = CheckRun.of(request().threads(1).input(InputFile.of("a.json", bytes))
                .input(InputFile.of("b.json", bytes)).build(), (item, done, total) -> checkedOn.add(
                        Thread.currentThread()));
        assertThat(one.reports()).hasSize(2);
        assertThat(checkedOn).containsExactly(Thread.currentThread(), Thread.currentThread());

        checkedOn.clear();
        CheckRun two = CheckRun.of(request().threads(2).input(InputFile.of("a.json", bytes))
                .input(InputFile.of("b.json", bytes)).build(), (item, done, total) -> checkedOn.add(
                        Thread.currentThread()));
        assertThat(two.reports()).extracting(r -> r.input().path().orElseThrow()).containsExactly("a.json", "b.json");
        assertThat(checkedOn).hasSize(2).doesNotContain(Thread.currentThread());
    }

    @Test
    void aFileIsNamedByTheDisplayNameGivenNotItsAbsolutePath() throws Exception {
        Path file = Files.write(dir.resolve("county.json"), edition("sample-county-shortfalls"));
        CheckInput input = CheckInput.read(file, "uploads/county.json");
        assertThat(input.path()).contains("uploads/county.json");
        String json = render(CheckRun.of(request().input(InputFile.of(file, "county.json")).build()), "json");
        assertThat(json).contains("\"county.json\"").doesNotContain(dir.toString());
    }

    @Test
    void theVerdictFailsOnErrorsPassesOnNeverAndGatesOnTheMinimumScore() throws Exception {
        InputFile county = InputFile.of("county.json", edition("sample-county-shortfalls"));
        Verdict onErrors = CheckRun.of(request().input(county).build()).verdict();
        assertThat(onErrors.status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(onErrors.exitCode()).isEqualTo(1);
        assertThat(onErrors.reasons()).extracting(r -> r.messageId()).containsExactly("verdict.reaches");

        Verdict never = CheckRun.of(request().input(county).failOn(FailOn.NEVER).build()).verdict();
        assertThat(never.passed()).isTrue();
        assertThat(never.exitCode()).isZero();

        Verdict gated = CheckRun.of(request().input(county).failOn(FailOn.NEVER).minScore(100).build()).verdict();
        assertThat(gated.reasons()).extracting(r -> r.messageId()).containsExactly("verdict.below-min-score");
        assertThat(gated.reasons().get(0).message(ZH)).contains("county.json", "低于最低分 100");
    }

    @Test
    void readWarningsAppearInTheReportButNeverChangeTheVerdict() throws Exception {
        String json = new String(edition("sample-county-conforming"), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"unexpected\": \"x\", ");
        CheckRun run = CheckRun.of(request().input(InputFile.of("conforming.json",
                json.getBytes(StandardCharsets.UTF_8))).build());
        assertThat(run.reports().get(0).input().problems()).extracting(p -> p.messageId())
                .contains("json.field.unknown");
        assertThat(run.verdict().status()).isEqualTo(Verdict.Status.PASSED);
    }

    @Test
    void aMissingRequiredColumnIsReportedOnceAsAReadProblem() throws Exception {
        String csv = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象\n"
                + "1,行政许可,建设项目环境影响评价文件审批,受理情况,《中华人民共和国环境影响评价法》,"
                + "自收到申请之日起7个工作日内,县生态环境局,政府网站,全社会\n";
        CheckRun run = CheckRun.of(request().input(InputFile.of("county.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .build());
        assertThat(run.reports().get(0).input().problems()).filteredOn(p -> p.messageId().equals("io.column.missing"))
                .hasSize(1).allSatisfy(p -> assertThat(p.message(ZH)).contains("公开方式"));
    }

    @Test
    void anUnreadableInputFailsTheRunAndOnlyNothingCheckedIsExitCode2() throws Exception {
        InputFile good = InputFile.of("good.json", edition("sample-county-conforming"));
        InputFile broken = InputFile.of("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        CheckRun mixed = CheckRun.of(request().input(good).input(broken).build());
        assertThat(mixed.reports()).hasSize(1);
        assertThat(mixed.verdict().status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(mixed.verdict().reasons()).extracting(r -> r.messageId()).containsExactly("verdict.unreadable");

        CheckRun none = CheckRun.of(request().input(broken).build());
        assertThat(none.verdict().status()).isEqualTo(Verdict.Status.NOTHING_CHECKED);
        assertThat(none.verdict().exitCode()).isEqualTo(2);
    }

    @Test
    void whatWasReadIsKeptOnlyWhenAskedAndLocatesEachCategorysCells() throws Exception {
        Path county = workbook("county.xlsx", "sample-county-shortfalls");
        InputFile broken = InputFile.of("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        CheckRun kept = CheckRun.of(request().input(InputFile.of(county, "county.xlsx")).input(broken)
                .keepInputs(true).build());
        CheckInput read = kept.input(kept.items().get(0)).orElseThrow();
        int categories = Editions.byId("sample-county-shortfalls").orElseThrow().categoryCount();
        assertThat(read.catalogue()).isEqualTo(CheckInput.read(county, "county.xlsx").catalogue());
        assertThat(read.catalogue().categoryCount()).isEqualTo(categories);
        assertThat(read.sources()).hasSize(categories);
        assertThat(read.sources().get(0).of(org.zwgk.catalogue.model.CategoryField.NAME).sheet()).isPresent();
        assertThat(read.sources().get(0).of(org.zwgk.catalogue.model.CategoryField.NAME).row()).isPresent();
        assertThat(read.path()).contains("county.xlsx");
        assertThat(kept.input(kept.items().get(1))).as("an unreadable input has nothing read").isEmpty();

        CheckRun plain = CheckRun.of(request().input(InputFile.of(county, "county.xlsx")).build());
        assertThat(plain.input(plain.items().get(0))).as("not kept unless asked").isEmpty();
        assertThat(kept.reports()).isEqualTo(plain.reports());
    }

    @Test
    void aMissingFileAndAFolderSaySoInChinese() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("目录"));
        CheckRun run = CheckRun.of(request().input(InputFile.of(dir.resolve("无此文件.xlsx"), "无此文件.xlsx"))
                .input(InputFile.of(folder, "目录")).build());
        assertThat(run.items().get(0).failure().orElseThrow().message(ZH)).isEqualTo("找不到输入文件：无此文件.xlsx");
        assertThat(run.items().get(1).failure().orElseThrow().message(ZH)).isEqualTo("目录 是文件夹，不是目录文件。");
    }

    @Test
    void anUnknownEditionOrNoInputCannotStart() {
        assertThatThrownBy(() -> CheckRun.of(request().parentEdition("no-such").input(
                InputFile.of("a.json", edition("sample-county-conforming"))).build()))
                .isInstanceOf(CheckRequestException.class)
                .satisfies(e -> assertThat(((CheckRequestException) e).problem().messageId())
                        .isEqualTo("check.parent.unknown"));
        assertThatThrownBy(() -> CheckRun.of(request().build())).isInstanceOf(CheckRequestException.class)
                .satisfies(e -> assertThat(((CheckRequestException) e).problem().messageId())
                        .isEqualTo("check.no-input"));
    }

    @Test
    void aParentWorkbookIsReadAsTheParent() throws Exception {
        Path city = workbook("city.xlsx", "sample-county-conforming");
        CheckRun run = CheckRun.of(request().parent(InputFile.of(city, "city.xlsx"))
                .input(InputFile.of("county.json", edition("sample-county-conforming"))).build());
        assertThat(run.reports().get(0).parent().title())
                .isEqualTo(Editions.byId("sample-county-conforming").orElseThrow().title());
    }

    @Test
    void aFolderWalkListsEveryFileItSkippedAndWhy() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.write(dir.resolve("in/a.json"), edition("sample-county-conforming"));
        Files.write(dir.resolve("in/sub/b.json"), edition("sample-county-shortfalls"));
        Files.writeString(dir.resolve("in/notes.txt"), "备注");
        Files.writeString(dir.resolve("in/~$a.xlsx"), "lock");
        Files.writeString(dir.resolve("in/.hidden.json"), "{}");
        CheckRun run = CheckRun.of(request().paths(List.of(dir.resolve("in"))).formats(List.of("json", "html"))
                .build());
        assertThat(run.reports()).hasSize(2);
        assertThat(run.skipped()).extracting(SkippedFile::reason)
                .containsExactlyInAnyOrder("skip.format", "skip.lock-file", "skip.hidden");

        Path out = dir.resolve("out");
        BatchSummary summary = run.writeDirectory(out, ZH);
        assertThat(summary.skipped()).hasSize(3);
        assertThat(out.resolve("a.json.json")).isRegularFile();
        assertThat(out.resolve("sub/b.json.html")).isRegularFile();
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(json.get("skipped")).hasSize(3);
        assertThat(json.get("catalogues").get(0).get("report").asText()).endsWith(".html");
        assertThat(Files.readString(out.resolve("index.html"))).contains("未检查的文件（3）", "notes.txt");
    }

    @Test
    void filesFoundUnderTheShownFromDirectoryAreNamedRelativeToIt() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/src/main/catalogue"));
        Files.write(project.resolve("county.json"), edition("sample-county-conforming"));
        CheckRun run = CheckRun.of(request().paths(List.of(project)).shownFrom(dir.resolve("project")).build());
        assertThat(run.reports().get(0).input().path()).contains("src/main/catalogue/county.json");
    }

    @Test
    void theXlsxRendererAnnotatesAWorkbookInputAndWritesANewWorkbookOtherwise() throws Exception {
        Path workbook = workbook("county.xlsx", "sample-county-shortfalls");
        CheckRun fromWorkbook = CheckRun.of(request().input(InputFile.of(workbook)).build());
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes(fromWorkbook, "xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            assertThat(wb.getSheetAt(0).getCellComments()).isNotEmpty();
        }
        CheckRun fromJson = CheckRun.of(request().input(InputFile.of("c.json", edition("sample-county-shortfalls")))
                .build());
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes(fromJson, "xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        }
    }

    @Test
    void theSameRequestGivesTheSameBytes() throws Exception {
        InputFile county = InputFile.of("county.json", edition("sample-county-shortfalls"));
        for (String format : List.of("json", "sarif", "html", "csv", "junit", "text")) {
            assertThat(render(CheckRun.of(request().input(county).build()), format))
                    .isEqualTo(render(CheckRun.of(request().input(county).build()), format));
        }
    }

    @Test
    void aCheckerKeptFromOneRequestChecksTheNextAsIfBuiltAgain() throws Exception {
        Path city = workbook("city.xlsx", "sample-county-conforming");
        CheckRequest first = request().parent(InputFile.of(city, "city.xlsx"))
                .input(InputFile.of("a.json", edition("sample-county-shortfalls"))).build();
        Checker kept = CheckRun.checker(first);
        CheckRequest second = request().parent(InputFile.of(city, "city.xlsx"))
                .input(InputFile.of("b.json", edition("sample-county-conforming"))).build();
        for (String format : List.of("json", "html")) {
            assertThat(render(CheckRun.of(second, kept, (item, done, total) -> { }), format))
                    .isEqualTo(render(CheckRun.of(second), format));
        }
        CheckRequest otherDate = request().asOf(AS_OF.plusDays(1)).input(InputFile.of("b.json",
                edition("sample-county-conforming"))).build();
        assertThatThrownBy(() -> CheckRun.of(otherDate, kept, (item, done, total) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String render(CheckRun run, String format) throws IOException {
        return new String(bytes(run, format), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(CheckRun run, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.renderAll(format, ZH, out);
        return out.toByteArray();
    }
}
