package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.TimeUnit;

/**
 * A district catalogue saved as CSV from a workbook with merged headers (group labels followed by blank cells),
 * 一级事项 left blank under its first row, two 不涉及/不适用 rows, and every encoding Excel and editors write:
 * the same catalogue whatever the encoding, and whether written in simplified or traditional characters.
 */
class CsvReadingTest {

    static byte[] resource(String name) {
        try (InputStream in = CsvReadingTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    static ReadResult read(byte[] bytes, String name) throws UnreadableInputException {
        return CatalogueReader.read(new ByteArrayInputStream(bytes), name);
    }

    @Test
    void readsTheDistrictCatalogue() throws Exception {
        ReadResult result = read(resource("county-catalogue.csv"), "county.csv");
        Catalogue c = result.catalogue();

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(Format.CSV);
        assertThat(c.title()).isEqualTo("重庆市示例区生态环境领域基层政务公开标准目录");
        assertThat(c.editionId()).isEqualTo("county");
        assertThat(c.level()).contains(AdministrativeLevel.COUNTY);
        assertThat(c.areas()).extracting(a -> a.name()).containsExactly("行政许可", "行政处罚行政强制和行政命令", "生态建设");
        assertThat(c.categories()).extracting(Category::name).containsExactly("建设项目环境影响评价文件审批",
                "防治污染设施拆除或闲置审批", "行政处罚流程", "行政处罚决定", "生态建设");

        Category eia = c.categories().get(0);
        assertThat(eia.content()).extracting(ContentElement::printed).containsExactly("受理环节:受理情况公示、报告书(表)全本",
                "拟决定环节:拟审查环评文件基本情况公示", "决定环节:环评批复");
        assertThat(eia.channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.WEIBO_WECHAT_APP), Channel.of(ChannelOption.GOVERNMENT_SERVICE_CENTRE),
                Channel.of(ChannelOption.CONVENIENCE_SERVICE_STATION));
        assertThat(eia.levels()).containsExactly(AdministrativeLevel.COUNTY);
        assertThat(eia.owner()).contains("示例区生态环境局");

        Category pollution = c.categories().get(1);
        assertThat(c.areaOf(pollution)).get().extracting(a -> a.name()).isEqualTo("行政许可");
        assertThat(pollution.content()).hasSize(2);
        assertThat(pollution.legalBasis()).extracting(LegalReference::title).containsExactly(
                "中华人民共和国固体废物污染环境防治法", "中华人民共和国噪声污染防治法", "中华人民共和国政府信息公开条例");

        Category process = c.categories().get(2);
        assertThat(process.audience()).containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(process.mode()).containsExactly(DisclosureMode.ON_REQUEST);
        assertThat(process.levels()).containsExactly(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
        assertThat(process.deadline()).get().isInstanceOfSatisfying(Deadline.Relative.class,
                d -> assertThat(d.within()).isEqualTo(new Span(20, TimeUnit.WORKING_DAY)));
        assertThat(c.categories().get(3).channels()).hasSize(4);
        assertThat(c.categories().get(4).content()).extracting(ContentElement::text)
                .containsExactly("生态文明建设示范区创建情况", "农村环境综合整治情况", "生物多样性保护相关信息");

        assertThat(c.notApplicable()).containsExactly(
                new NotApplicable("危险废物经营许可证", Optional.empty(), Optional.of("行政许可"),
                        Optional.of("危险废物经营许可由市级生态环境部门审批")),
                new NotApplicable("生态环境保护政策与业务咨询", Optional.empty(), Optional.of("公共服务事项"),
                        Optional.of("该事项由市生态环境局统一答复")));
    }

    @Test
    void locatesRowsAsExcelShowsTheCsv() throws Exception {
        ReadResult result = read(resource("county-catalogue.csv"), "county.csv");

        assertThat(result.sources()).extracting(s -> s.row().toString())
                .containsExactly("county.csv!A4", "county.csv!A5", "county.csv!A7", "county.csv!A8", "county.csv!A9");
        CategorySources pollution = result.sources().get(1);
        assertThat(pollution.of(CategoryField.AREA)).hasToString("county.csv!B4");
        assertThat(pollution.of(CategoryField.DEADLINE)).hasToString("county.csv!F5");
        assertThat(pollution.of(CategoryField.LEVELS)).hasToString("county.csv!M5");
        assertThat(pollution.row().sheet()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8 with BOM", "GB18030", "GBK", "UTF-16LE tab-separated"})
    void everyEncodingReadsTheSameCatalogueAsUtf8(String encoding) throws Exception {
        String csv = text("county-catalogue.csv");
        byte[] bytes = switch (encoding) {
            case "UTF-8 with BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    csv.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE tab-separated" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    tabSeparated(csv).getBytes(StandardCharsets.UTF_16LE));
            default -> csv.getBytes(Charset.forName(encoding));
        };
        ReadResult utf8 = read(resource("county-catalogue.csv"), "county.csv");
        ReadResult other = read(bytes, "county.csv");

        assertThat(other.problems()).isEmpty();
        assertThat(other.catalogue()).isEqualTo(utf8.catalogue());
        assertThat(other.sources()).isEqualTo(utf8.sources());
    }

    @Test
    void traditionalCharactersReadTheSameCatalogueAsTheSimplifiedTwin() throws Exception {
        assertThat(text("county-catalogue-traditional.csv")).contains("公開內容", "建設項目環境影響評價文件審批", "■政府網站");
        ReadResult simplified = read(resource("county-catalogue.csv"), "county.csv");
        ReadResult traditional = read(resource("county-catalogue-traditional.csv"), "county.csv");

        assertThat(traditional.problems()).isEmpty();
        assertThat(traditional.catalogue()).isEqualTo(simplified.catalogue());
        assertThat(traditional.sources()).isEqualTo(simplified.sources());
    }

    @Test
    void fullWidthFormsAndStrayPunctuationReadTheSameValues() throws Exception {
        Catalogue plain = read(resource("county-catalogue.csv"), "county.csv").catalogue();
        ReadResult result = read(resource("county-catalogue-fullwidth.csv"), "county.csv");
        Catalogue variant = result.catalogue();

        assertThat(result.problems()).isEmpty();
        assertThat(variant.categories()).extracting(Category::name).isEqualTo(
                plain.categories().stream().map(Category::name).toList());
        for (int i = 0; i < plain.categoryCount(); i++) {
            Category expected = plain.categories().get(i);
            Category actual = variant.categories().get(i);
            assertThat(actual.owner()).as(expected.name()).isEqualTo(expected.owner());
            assertThat(actual.content()).as(expected.name()).isEqualTo(expected.content());
            assertThat(actual.legalBasis()).extracting(LegalReference::title).as(expected.name())
                    .isEqualTo(expected.legalBasis().stream().map(LegalReference::title).toList());
            assertThat(actual.channels()).as(expected.name()).isEqualTo(expected.channels());
            assertThat(actual.audience()).isEqualTo(expected.audience());
            assertThat(actual.mode()).isEqualTo(expected.mode());
            assertThat(actual.levels()).isEqualTo(expected.levels());
            assertThat(actual.deadline()).get().extracting(d -> ((Deadline.Relative) d).within(),
                    d -> ((Deadline.Relative) d).trigger()).as(expected.name()).containsExactly(
                    ((Deadline.Relative) expected.deadline().get()).within(),
                    ((Deadline.Relative) expected.deadline().get()).trigger());
        }
        assertThat(variant.notApplicable()).isEqualTo(plain.notApplicable());
        assertThat(variant.categories().get(2).deadline().get().text()).isEqualTo("自收到申请之日起２０个工作日内");
        assertThat(variant.categories()).extracting(Category::name, c -> c.content().size())
                .startsWith(tuple("建设项目环境影响评价文件审批", 3));
    }

    private static String tabSeparated(String csv) {
        // Excel's "Unicode text": tabs between cells, quotes only where a cell holds a line break.
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char ch : csv.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            out.append(ch == ',' && !quoted ? '\t' : ch);
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static List<String> names(Catalogue c) {
        return c.categories().stream().map(Category::name).toList();
    }
}
