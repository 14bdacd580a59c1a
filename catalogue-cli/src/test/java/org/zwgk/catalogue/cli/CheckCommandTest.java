package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void withNoFileItChecksTheBundledExampleAndSaysSo() {
        CliRun run = CliRun.of("check", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("sample-county-shortfalls");
        assertThat(run.out()).contains("符合性检查报告", "结果：错误 3 项，警告 12 项，提示 11 项",
                "上级目录的二级事项“建设项目环境影响评价文件审批”（XK-01）在本目录中缺失",
                "位置：sample-county-shortfalls.json#/categories/1");
    }

    @Test
    void whenNothingCouldBeCheckedStdoutStaysEmptyInEveryFormat() throws Exception {
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        for (String format : List.of("text", "json", "html", "sarif", "junit", "csv")) {
            CliRun run = CliRun.of("check", broken.toString(), "--format", format);
            assertThat(run.exitCode()).as(format).isEqualTo(2);
            assertThat(run.out()).as(format).isEmpty();
            assertThat(run.err()).as(format).contains("broken.xlsx", "[io.");
        }
    }

    @Test
    void readWarningsArePrintedButNeverChangeTheExitCode() throws Exception {
        String json = CatalogueJson.write(Editions.byId("sample-county-conforming").orElseThrow())
                .replaceFirst("\\{", "{\"unexpected\": \"x\", ");
        Path file = Files.writeString(dir.resolve("conforming.json"), json);
        CliRun run = CliRun.of("check", file.toString(), "--as-of", "2026-06-30");
        assertThat(run.err()).contains("[json.field.unknown]");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFolderWalkListsTheFilesItSkipped() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/county.json"),
                CatalogueJson.write(Editions.byId("sample-county-conforming").orElseThrow()));
        Files.writeString(dir.resolve("in/说明.txt"), "填表说明");
        CliRun run = CliRun.of("check", dir.resolve("in").toString(), "--as-of", "2026-06-30",
                "--output-dir", dir.resolve("out").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("未检查的文件（1）", "说明.txt", "不是可读取的目录格式");
        assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"skipped\"", "skip.format");
    }

    @Test
    void anUnknownFormatOrFailOnIsAUsageError() {
        CliRun format = CliRun.of("check", "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("无法识别的报告格式“pdf”");
        CliRun failOn = CliRun.of("check", "--fail-on", "sometimes");
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.err()).contains("sometimes");
    }

    @Test
    void theJsonReportParsesAndCarriesTheContractFields() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--as-of", "2026-06-30", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.at("/tool/name").asText()).isEqualTo("zwgk-catalogue");
        assertThat(root.at("/parent/edition").asText()).isEqualTo("mee-2019-672");
        assertThat(root.at("/input/sha256").asText()).hasSize(64);
        assertThat(root.at("/checkedOn").asText()).isEqualTo("2026-06-30");
        assertThat(root.at("/summary/coverage/missing").asInt()).isEqualTo(2);
        assertThat(root.at("/findings/0/message").asText()).contains("is missing");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRun.of("check", "--as-of", "2026-06-30", "--fail-on", "never").exitCode()).isZero();
        assertThat(CliRun.of("check", "--as-of", "2026-06-30", "--fail-on", "warning").exitCode()).isEqualTo(1);
    }

    @Test
    void aConformingFileExitsZeroUnderFailOnError() throws Exception {
        Path file = dir.resolve("county.json");
        Files.writeString(file, CatalogueJson.write(Editions.byId("sample-county-conforming").orElseThrow()),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", file.toString(), "--as-of", "2020-07-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("检查对象：" + file, "结果：错误 0 项");
    }

    @Test
    void anUnknownLevelDateOrParentIsAUsageErrorOnOneLine() {
        for (String[] args : new String[][] {{"check", "--level", "银河级"}, {"check", "--as-of", "2026-13-01"},
                {"check", "--parent", "no-such-edition"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aBadProfileIsReportedWithItsPointer() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"rules\": {\"owner.level-mismatch\": \"loud\"}}", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/rules/owner.level-mismatch", "profile.bad-value");
    }

    @Test
    void aProfileCanSilenceARule() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"rules\": {\"coverage.missing-category\": \"off\", "
                + "\"content.parent-element-dropped\": \"warning\", \"channel.parent-channel-dropped\": \"off\"}}",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--profile", profile.toString(), "--as-of", "2026-06-30");
        assertThat(run.out()).doesNotContain("coverage.missing-category").contains("规则配置：" + profile);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void minScoreIsAPipelineGate() {
        CliRun low = CliRun.of("check", "--as-of", "2026-06-30", "--fail-on", "never", "--min-score", "50");
        assertThat(low.exitCode()).isEqualTo(1);
        assertThat(low.err()).contains("低于 --min-score 50");
        CliRun zero = CliRun.of("check", "--as-of", "2026-06-30", "--fail-on", "never", "--min-score", "0");
        assertThat(zero.exitCode()).isZero();
        assertThat(CliRun.of("check", "--min-score", "101").exitCode()).isEqualTo(2);
    }

    @Test
    void theScoreIsInTheTextReport() {
        CliRun run = CliRun.of("check", "--as-of", "2026-06-30");
        assertThat(run.out()).containsPattern("得分：\\d+/100；覆盖率：66\\.7%");
    }

    @Test
    void everyFormatRendersTheExample() {
        for (String format : new String[] {"csv", "junit", "sarif", "json", "text"}) {
            CliRun run = CliRun.of("check", "--as-of", "2026-06-30", "--format", format, "--fail-on", "never");
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).isNotBlank();
        }
        assertThat(CliRun.of("check", "--format", "junit", "--as-of", "2026-06-30").out())
                .contains("<testsuites", "<failure");
        assertThat(CliRun.of("check", "--format", "sarif", "--as-of", "2026-06-30").out())
                .contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void helpNamesEveryOptionInBothLanguages() {
        for (String lang : new String[] {"zh", "en"}) {
            CliRun help = CliRun.of("check", "--help", "--lang", lang);
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("--format", "--output-dir", "--min-score", "--baseline",
                    "--write-baseline", "--waivers", "--fail-on");
        }
        assertThat(CliRun.of("check", "--help").out()).contains("豁免文件");
        assertThat(CliRun.of("check", "--help", "--lang", "en").out()).contains("Waivers file");
    }
}
