package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.Batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** check over many files and directories; baselines and waivers from the command line. */
class BatchAndSuppressionTest {

    @TempDir
    Path dir;

    private Path write(String relative, Catalogue catalogue) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, CatalogueJson.write(catalogue), StandardCharsets.UTF_8);
        return file;
    }

    private static Catalogue edition(String id) {
        return Editions.byId(id).orElseThrow();
    }

    /** The shortfall sample with one more problem: a deadline of 60 working days on its first category. */
    private static Catalogue worse() {
        Catalogue c = edition("sample-county-shortfalls");
        List<Area> areas = new ArrayList<>();
        boolean changed = false;
        for (Area a : c.areas()) {
            List<Category> cats = new ArrayList<>();
            for (Category cat : a.categories()) {
                if (!changed) {
                    cat = cat.toBuilder().deadline("自该信息形成或者变更之日起60个工作日内").build();
                    changed = true;
                }
                cats.add(cat);
            }
            areas.add(new Area(a.code(), a.name(), cats));
        }
        return c.toBuilder().areas(areas).build();
    }

    @Test
    void aDirectoryIsSearchedRecursivelyAndEachInputGetsItsReportAndARankedSummary() throws Exception {
        Path in = dir.resolve("in");
        write("in/a/conforming.json", edition("sample-county-conforming"));
        write("in/b/shortfalls.json", edition("sample-county-shortfalls"));
        Files.writeString(in.resolve("notes.txt"), "not a catalogue", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("check", in.toString(), "--output-dir", out.toString(), "--format", "html",
                "--as-of", "2026-06-30", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("a/conforming.json.html")).isRegularFile();
        assertThat(out.resolve("b/shortfalls.json.html")).isRegularFile();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"a/conforming.json.html\"",
                "href=\"b/shortfalls.json.html\"");

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode catalogues = summary.get("catalogues");
        assertThat(catalogues).hasSize(2);
        assertThat(catalogues.get(0).get("input").asText()).endsWith("conforming.json");
        assertThat(catalogues.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(catalogues.get(0).get("score").asInt()).isGreaterThan(catalogues.get(1).get("score").asInt());
        assertThat(catalogues.get(1).get("report").asText()).isEqualTo("b/shortfalls.json.html");

        assertThat(run.out()).contains("名次", "得分", "conforming.json", "shortfalls.json");
        assertThat(run.err()).as("no progress when stderr is not a terminal").doesNotContain("[1/2]");
    }

    @Test
    void manyInputsAreReportedInPathOrderWhateverTheThreadsDo() throws Exception {
        for (int i = 9; i >= 0; i--) {
            write("many/c" + i + ".json", i % 2 == 0 ? edition("sample-county-conforming")
                    : edition("sample-county-shortfalls"));
        }
        CliRun first = CliRun.of("check", dir.resolve("many").toString(), "--format", "json", "--as-of",
                "2026-06-30", "--fail-on", "never");
        CliRun second = CliRun.of("check", dir.resolve("many").toString(), "--format", "json", "--as-of",
                "2026-06-30", "--fail-on", "never");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode array = new ObjectMapper().readTree(first.out());
        assertThat(array).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(array.get(i).at("/input/path").asText()).endsWith("c" + i + ".json");
        }
    }

    @Test
    void anUnreadableInputIsReportedAndTheOthersStillChecked() throws Exception {
        write("mixed/good.json", edition("sample-county-conforming"));
        Files.write(dir.resolve("mixed/broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("check", dir.resolve("mixed").toString(), "--output-dir", out.toString(),
                "--as-of", "2020-07-01");
        // Something was checked, so not 2 (nothing checked); an unreadable input still fails the run.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.xlsx");
        assertThat(out.resolve("good.json.txt")).isRegularFile();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("catalogues")).hasSize(1);
        assertThat(summary.get("failures").get(0).get("input").asText()).endsWith("broken.xlsx");
    }

    @Test
    void aBaselineLetsOnlyNewFindingsFailTheRun() throws Exception {
        Path catalogue = write("county.json", edition("sample-county-shortfalls"));
        Path baseline = dir.resolve("baseline.json");

        CliRun record = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--write-baseline",
                baseline.toString());
        assertThat(record.exitCode()).as(record.err()).isZero();
        assertThat(record.err()).contains("已把 26 项问题记录为基线");
        JsonNode file = new ObjectMapper().readTree(baseline.toFile());
        assertThat(file.get("format").asText()).isEqualTo("zwgk-catalogue-baseline/1");
        assertThat(file.at("/inputs/0/findings")).hasSize(26);
        assertThat(file.at("/inputs/0/findings/0").has("row")).isFalse();

        CliRun same = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--baseline",
                baseline.toString());
        assertThat(same.exitCode()).as(same.out()).isZero();
        assertThat(same.out()).contains("结果：错误 0 项，警告 0 项，提示 0 项", "已抑制：基线 26 项，豁免 0 项");

        write("county.json", worse());
        CliRun worse = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--baseline",
                baseline.toString(), "--format", "json");
        assertThat(worse.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(worse.out());
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        // The new deadline is beyond the statute and looser than the parent's, and (issue 20) looser than 国办发〔2018〕
        // 118号 on its own, which also takes the row out of the one notice for rows that copy the parent's period.
        assertThat(rules).containsExactlyInAnyOrder("deadline.looser-than-parent", "deadline.beyond-statute",
                "deadline.special-statute", "deadline.special-statute");
        assertThat(report.at("/summary/suppressed/baseline").asInt()).isEqualTo(25);
    }

    @Test
    void waiversSuppressUntilTheyExpireAndAreListed() throws Exception {
        Path catalogue = write("county.json", edition("sample-county-shortfalls"));
        Path waivers = dir.resolve("waivers.json");
        Files.writeString(waivers, """
                {"waivers": [{"rule": "channel.parent-channel-dropped", "category": "CF-02",
                  "reason": "本县不设政务服务中心窗口，已报市局备案", "approver": "王五（县分局）", "expires": "2026-12-31"}]}
                """, StandardCharsets.UTF_8);
        CliRun in = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--waivers", waivers.toString(),
                "--fail-on", "never");
        assertThat(in.exitCode()).isZero();
        assertThat(in.out()).contains("豁免 1 项", "使用的豁免（1）", "王五（县分局）", "有效期至 2026-12-31");

        CliRun after = CliRun.of("check", catalogue.toString(), "--as-of", "2027-01-01", "--waivers",
                waivers.toString(), "--fail-on", "never");
        assertThat(after.out()).contains("豁免 0 项", "已过期、不再适用的豁免（1）");
    }

    @Test
    void aBadWaiversFileIsAUsageErrorNamingThePointer() throws Exception {
        Path waivers = dir.resolve("waivers.json");
        Files.writeString(waivers, "{\"waivers\": [{\"rule\": \"owner.missing\", \"category\": \"XK-01\"}]}",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--waivers", waivers.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/waivers/0/reason", "/waivers/0/approver", "/waivers/0/expires");
    }

    @Test
    void reportFileNamesAreRelativeToTheirDirectoryArgumentAndNeverCollide() {
        List<Path> args = List.of(Path.of("in"), Path.of("other/a.csv"));
        assertThat(Batch.reportNames(args, List.of("in/x/a.csv", "other/a.csv", "in/a.csv")))
                .containsEntry("in/x/a.csv", "x/a.csv").containsEntry("other/a.csv", "a.csv")
                .containsEntry("in/a.csv", "a.csv-2");
        assertThat(Batch.reportNames(List.of(Path.of("in")), List.of("in/../../etc/passwd")))
                .containsEntry("in/../../etc/passwd", "_/_/etc/passwd");
        assertThat(Batch.reportNames(List.of(Path.of("/")), List.of("/abs/c:/x.xlsx")))
                .containsEntry("/abs/c:/x.xlsx", "abs/c_/x.xlsx");
    }

    @Test
    void xlsxOfAWorkbookInputIsTheWorkbookAnnotated() throws Exception {
        Path workbook = dir.resolve("county.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
            org.zwgk.catalogue.io.CatalogueWriter.write(edition("sample-county-shortfalls"),
                    org.zwgk.catalogue.io.Format.XLSX, out);
        }
        Path annotated = dir.resolve("county.annotated.xlsx");
        CliRun run = CliRun.of("check", workbook.toString(), "--format", "xlsx", "-o", annotated.toString(),
                "--as-of", "2026-06-30", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                annotated.toFile())) {
            assertThat(wb.getSheet("标准目录")).isNotNull();
            assertThat(wb.getSheet("问题清单")).isNotNull();
            assertThat(wb.getSheet("标准目录").getCellComments()).isNotEmpty();
        }
    }

    @Test
    void anEmptyDirectoryIsAnInputError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("check", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("没有目录文件", "没有可检查的目录文件");
    }
}
