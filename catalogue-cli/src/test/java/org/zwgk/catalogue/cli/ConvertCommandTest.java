package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** {@code show} in every format and {@code convert} between them, with catalogue-io behind them. */
class ConvertCommandTest {

    static final String COUNTY_CSV = """
            示例县生态环境领域基层政务公开标准目录
            序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请
            1,行政许可,建设项目环境影响评价文件审批,环评批复,《中华人民共和国环境影响评价法》,自该信息形成或者变更之日起20个工作日内,示例县生态环境局,■政府网站 □政府公报,√,,√,
            2,,危险废物经营许可证,危险废物经营许可证信息公示,《危险废物经营许可证管理办法》,自该信息形成或者变更之日起20个工作日内,示例县生态环境局,■政府网站,√,,√,
            """;

    @TempDir
    Path dir;

    @Test
    void showAsCsvIsUtf8WithBomAndReadsBackEqual() throws Exception {
        CliRun run = CliRun.of("show", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outBytes()).startsWith(0xEF, 0xBB, 0xBF);
        Catalogue back = CatalogueReader.read(new ByteArrayInputStream(run.outBytes()), "show.csv").catalogue();
        assertThat(back).isEqualTo(Editions.national());
    }

    @Test
    void showAnyEditionAsXlsxReadsBackEqual() throws Exception {
        Path xlsx = dir.resolve("out/county.xlsx");
        CliRun run = CliRun.of("show", "--edition", "sample-county-conforming", "--format", "xlsx", "--output",
                xlsx.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(CatalogueReader.read(xlsx).catalogue())
                .isEqualTo(Editions.byId("sample-county-conforming").orElseThrow());
    }

    @Test
    void convertAGbkCsvToJsonWithTheRowOfEachCategory() throws Exception {
        Path csv = dir.resolve("county.csv");
        Files.write(csv, COUNTY_CSV.getBytes(Charset.forName("GBK")));
        CliRun run = CliRun.of("convert", csv.toString(), "--to", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Catalogue c = CatalogueJson.read(run.out(), "stdout");
        assertThat(c.categories()).extracting(cat -> cat.name())
                .containsExactly("建设项目环境影响评价文件审批", "危险废物经营许可证");
        assertThat(c.title()).isEqualTo("示例县生态环境领域基层政务公开标准目录");
        assertThat(run.out()).contains("\"row\": 3", "\"row\": 4", "\"column\": \"A\"");
    }

    @Test
    void convertBetweenFormatsKeepsTheCatalogue() throws Exception {
        Path json = dir.resolve("national.json");
        Files.writeString(json, CatalogueJson.write(Editions.national()), StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("national.xlsx");
        Path csv = dir.resolve("national.csv");
        assertThat(CliRun.of("convert", json.toString(), "--to", "xlsx", "-o", xlsx.toString()).exitCode()).isZero();
        assertThat(CliRun.of("convert", xlsx.toString(), "--to", "csv", "-o", csv.toString()).exitCode()).isZero();
        CliRun back = CliRun.of("convert", csv.toString(), "--to", "json");

        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(CatalogueJson.read(back.out(), "stdout")).isEqualTo(Editions.national());
    }

    @Test
    void badRowsAreReportedOneLineEachAndTheRestIsStillWritten() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, COUNTY_CSV.replace("√,,√,\n2", "待定,,√,\n2"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", csv.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CatalogueJson.read(run.out(), "stdout").categories()).hasSize(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith(csv + "!I3: [io.bad-cell] Cannot read the cell (公开对象): \"待定\"");
    }

    @Test
    void unreadableInputGivesExitCodeTwoAndOneLocalizedLine() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(dir.resolve("scan.xlsx"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        Path notCatalogue = Files.writeString(dir.resolve("contacts.csv"), "姓名,电话\n张三,123\n");

        CliRun run = CliRun.of("convert", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(empty + ": [io.empty-file] 文件为空，没有可读的内容");
        run = CliRun.of("convert", binary.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(binary + ": [io.unknown-format] Unknown file format");
        run = CliRun.of("convert", notCatalogue.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("[io.no-header]").doesNotContain("\n", "Exception");
        assertThat(run.out()).isEmpty();
    }
}
