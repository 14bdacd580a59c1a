package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * The writers: the xlsx is the national template a bureau recognises, the CSV opens in Excel with the right
 * encoding, and whatever a writer writes reads back equal — items, declared gaps, free-text channels in their
 * own order, levels and provenance included.
 */
class WriterTest {

    static byte[] write(Catalogue c, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(c, format, out);
        return out.toByteArray();
    }

    @Test
    void theXlsxIsTheNationalTemplate() throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(write(Editions.national(), Format.XLSX)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("标准目录");
            assertThat(wb.getSheetName(1)).isEqualTo("目录信息");
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, "A1")).isEqualTo("生态环境领域基层政务公开标准目录");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:L1"),
                    CellRangeAddress.valueOf("A2:A3"), CellRangeAddress.valueOf("B2:C2"),
                    CellRangeAddress.valueOf("I2:J2"), CellRangeAddress.valueOf("K2:L2"),
                    CellRangeAddress.valueOf("B4:B6"), CellRangeAddress.valueOf("B7:B10"));
            assertThat(List.of(text(sheet, "B2"), text(sheet, "B3"), text(sheet, "C3"), text(sheet, "D2"),
                    text(sheet, "H2"), text(sheet, "I2"), text(sheet, "I3"), text(sheet, "J3"), text(sheet, "K2"),
                    text(sheet, "K3"), text(sheet, "L3"))).containsExactly("公开事项", "一级事项", "二级事项", "公开内容（要素）",
                    "公开渠道和载体", "公开对象", "全社会", "特定群体", "公开方式", "主动", "依申请");
            assertThat(text(sheet, "A4")).isEqualTo("1");
            assertThat(text(sheet, "B4")).isEqualTo("行政许可");
            assertThat(text(sheet, "H4")).isEqualTo("■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 "
                    + "□公开查阅点 ■政务服务中心 ■便民服务站 □入户/现场 □社区/企事业单位/村公示栏 □精准推送 □其他");
            assertThat(List.of(text(sheet, "I4"), text(sheet, "J4"), text(sheet, "K4"), text(sheet, "L4")))
                    .containsExactly("√", "", "√", "");
            Sheet info = wb.getSheetAt(1);
            assertThat(List.of(text(info, "A1"), text(info, "B1"), text(info, "A4"), text(info, "B4")))
                    .containsExactly("版本标识", "mee-2019-672", "文号", "环办厅函〔2019〕672号");
        }
    }

    @Test
    void theXlsxHasLevelColumnsWhenTheCatalogueHasLevels() throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(
                write(Editions.byId("sample-county-conforming").orElseThrow(), Format.XLSX)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, "M2")).isEqualTo("公开层级");
            assertThat(text(sheet, "M3")).isEqualTo("县级");
            assertThat(text(sheet, "M4")).isEqualTo("√");
        }
    }

    @Test
    void theCsvOpensInExcelAsUtf8WithOneRowPerCategory() throws Exception {
        byte[] csv = write(Editions.national(), Format.CSV);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("版本标识,mee-2019-672\r\n标题,生态环境领域基层政务公开标准目录\r\n");
        assertThat(text).contains("\r\n\r\n序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,"
                + "全社会,特定群体,主动,依申请,事项编码,一级事项编码,出处,可信度,推定字段,转录说明\r\n");
        assertThat(text).contains("\r\n1,行政许可,建设项目环境影响评价文件审批,\"受理环节:受理情况公示、报告书(表)全本\n");
        ReadResult back = CsvReadingTest.read(csv, "national.csv");
        assertThat(back.sources()).extracting(s -> s.row().row().getAsInt()).isSorted().hasSize(9);
    }

    @Test
    void jsonIsTheCanonicalForm() throws Exception {
        assertThat(new String(write(Editions.national(), Format.JSON), StandardCharsets.UTF_8))
                .isEqualTo(CatalogueJson.write(Editions.national()));
    }

    @Test
    void htmlIsReadButNotWritten() {
        assertThatThrownBy(() -> write(Editions.national(), Format.HTML)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A catalogue using what the bundled editions do not: items, gaps, free text, reordered channels, levels. */
    static Catalogue everyFeature() {
        Category eia = Category.named("建设项目环境影响评价文件审批").code("XK-01")
                .items(List.of(new Item("报告书审批", List.of()), new Item("报告表审批", List.of())))
                .content("受理环节:受理情况公示", "决定环节:环评批复")
                .legalBasis("《中华人民共和国环境影响评价法》(2018年修正)第二十二条、《中华人民共和国政府信息公开条例》")
                .deadline("自该信息形成或者变更之日起20个工作日内").owner("示例县生态环境局")
                .channels(List.of(Channel.of(ChannelOption.TARGETED_PUSH), Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                        new Channel(ChannelOption.OTHER, "政务公开专区"), Channel.of(ChannelOption.OTHER)))
                .audience(Audience.PUBLIC, Audience.SPECIFIC_GROUP).mode(DisclosureMode.PROACTIVE)
                .levels(EnumSet.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP))
                .provenance(new Provenance(List.of("本县文件", "https://example.org/catalogue"),
                        Optional.of(Confidence.MEDIUM), Set.of(CategoryField.OWNER), Optional.of("第一行\n第二行")))
                .build();
        Category penalty = Category.named("行政处罚决定")
                .items(List.of(new Item("一般程序", List.of(ContentElement.parse("行政处罚决定书(全文公开)"))),
                        new Item("简易程序", List.of(ContentElement.parse("当场处罚决定书")))))
                .content("行政处罚决定书(全文公开)", "当场处罚决定书")
                .deadline("作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日")
                .channels("政府网站").audience(Audience.PUBLIC).mode(DisclosureMode.PROACTIVE, DisclosureMode.ON_REQUEST)
                .levels(EnumSet.of(AdministrativeLevel.VILLAGE)).build();
        Category minimal = Category.named("生态环境保护政策与业务咨询").build();
        return Catalogue.builder("every-feature", "示例县生态环境领域基层政务公开标准目录")
                .issuer("示例县生态环境局").issuedOn(LocalDate.of(2021, 3, 1)).level(AdministrativeLevel.COUNTY)
                .locality("示例县").parentEdition("mee-2019-672")
                .areas(List.of(new Area(Optional.of("XK"), "行政许可", List.of(eia)),
                        Area.of("行政处罚", List.of(penalty)), Area.of("公共服务事项", List.of(minimal))))
                .notApplicable(List.of(new NotApplicable("防治污染设施拆除或闲置审批", Optional.empty(), Optional.empty(),
                                Optional.of("职能已划转")),
                        new NotApplicable("生态建设", Optional.of("ST-01"), Optional.of("生态建设"), Optional.empty())))
                .provenance(Provenance.of("constructed for WriterTest"))
                .build();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "CSV", "XLSX", "XLS"})
    void everyFeatureReadsBackEqual(Format format) throws Exception {
        Catalogue original = everyFeature();
        ReadResult back = RoundTripTest.roundTrip(original, format);

        assertThat(back.problems()).isEmpty();
        assertThat(back.catalogue()).isEqualTo(original);
    }

    private static String text(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r.getRow());
        if (row == null || row.getCell(r.getCol()) == null) {
            return "";
        }
        return row.getCell(r.getCol()).getStringCellValue();
    }
}
