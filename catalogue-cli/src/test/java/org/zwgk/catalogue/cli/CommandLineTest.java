package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueJson;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void showPrintsTheNationalEditionAsATableWithItsTranscriptionStatus() {
        CliRun run = CliRun.of("show");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mee-2019-672", "建设项目环境影响评价文件审批", "自该信息形成或者变更之日起20个工作日内",
                "已转录 9 个，尚缺 16 个");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showInEnglishUsesEnglishHeaders() {
        CliRun run = CliRun.of("show", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Deadline", "9 transcribed, 16 missing");
    }

    @Test
    void showAsJsonPrintsTheCanonicalFormThatReadsBackEqual() throws Exception {
        CliRun run = CliRun.of("show", "--format", "json");
        assertThat(run.exitCode()).isZero();
        Catalogue read = CatalogueJson.read(run.out(), "stdout");
        assertThat(read).isEqualTo(Editions.national());
    }

    @Test
    void showWritesXlsxToTheOutputFile() throws IOException {
        Path out = dir.resolve("national.xlsx");
        CliRun run = CliRun.of("show", "--format", "xlsx", "--output", out.toString());
        assertThat(run.exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith('P', 'K');
    }

    @Test
    void unknownEditionIsAUsageErrorWithTheAvailableIds() {
        CliRun run = CliRun.of("show", "--edition", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope", "mee-2019-672").doesNotContain("Exception", "\tat ");
    }

    @Test
    void editionsListsTheNationalEditionWithNineOfTwentyFive() {
        CliRun run = CliRun.of("editions");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mee-2019-672", "9/25");
    }

    @Test
    void convertJsonToJsonCarriesTheSourcePointerOfEachCategory() throws IOException {
        Path in = dir.resolve("national.json");
        Files.writeString(in, CatalogueJson.write(Editions.national()), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", in.toString(), "--to", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"source\"", "\"pointer\": \"/categories/0\"");
    }

    @Test
    void convertXlsxRoundTripsThroughTheNationalLayout() throws Exception {
        Path xlsx = dir.resolve("national.xlsx");
        assertThat(CliRun.of("show", "--format", "xlsx", "-o", xlsx.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("convert", xlsx.toString(), "--to", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Catalogue back = CatalogueJson.read(run.out(), "stdout");
        assertThat(back.categories()).hasSize(Editions.national().categoryCount());
        assertThat(run.out()).contains("\"sheet\"", "\"row\"");
    }

    @Test
    void aCorruptWorkbookGivesExitCodeTwoAndOneLineOnStderr() throws IOException {
        Path bad = dir.resolve("corrupt.xlsx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        CliRun run = CliRun.of("convert", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("corrupt.xlsx");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileGivesExitCodeTwo() {
        CliRun run = CliRun.of("convert", dir.resolve("nope.xlsx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.xlsx");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("show", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void versionAndHelpFollowPicocliConventions() {
        assertThat(CliRun.of("--version").out()).startsWith("zwgk-catalogue ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("show", "convert", "editions");
    }

    @Test
    void showAsHtmlIsTheStandardTableAndAFragmentOnRequest() {
        CliRun page = CliRun.of("show", "--format", "html");
        assertThat(page.exitCode()).isZero();
        assertThat(page.out()).startsWith("<!doctype html>").contains("rowspan=\"3\"", "■政府网站", "□政府公报",
                "建设项目环境影响评价文件审批");
        CliRun fragment = CliRun.of("show", "--format", "html", "--fragment");
        assertThat(fragment.out()).startsWith("<div class=\"zwgk\">").doesNotContain("<html", "<body");
    }
}
