package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.TimeUnit;

/**
 * The national table layout: a title row, two header rows with merged group headers (公开事项, 公开对象,
 * 公开方式, 公开层级), 一级事项 merged down over its categories, channels as the printed 13-box list and √ marks;
 * and the header variants localities print.
 */
class NationalLayoutTest {

    static final String TITLE = "生态环境领域基层政务公开标准目录";
    static final String BOXES_PUBLIC = "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体\n"
            + "□公开查阅点 ■政务服务中心 ■便民服务站 □入户/现场 □社区/企事业单位/村公示栏 □精准推送 □其他";
    static final String BOXES_PUSH = "□政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体\n"
            + "□公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏 ■精准推送 □其他";
    static final String XK01_CONTENT = "受理环节：受理情况公示、报告书（表）全本\n拟决定环节：拟审查环评文件基本情况公示\n决定环节：环评批复";
    static final String XK01_BASIS = "《中华人民共和国环境影响评价法》\n《中华人民共和国海洋环境保护法》\n"
            + "《中华人民共和国放射性污染防治法》\n《中华人民共和国政府信息公开条例》";
    static final String XK02_CONTENT = "企业或单位关闭、闲置、拆除工业固体废物污染环境防治设施、场所的核准结果\n"
            + "企业或单位拆除、闲置环境噪声污染防治设施的审批结果\n企业或单位拆除闲置海洋工程环境保护设施的审批结果";
    static final String XK02_BASIS = "《中华人民共和国固体废物污染环境防治法》\n《中华人民共和国环境噪声污染防治法》\n"
            + "《中华人民共和国海洋环境保护法》\n《中华人民共和国政府信息公开条例》\n"
            + "《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）\n《开展基层政务公开标准化规范化试点工作方案》（国办发〔2017〕42号）";
    static final String CF01_CONTENT = "行政处罚事先告知书\n行政处罚听证通知书\n"
            + "处罚执行情况：同意分期（延期）缴纳罚款通知书、督促履行义务催告书、强制执行申请书等";
    static final String CF_BASIS = "《环境保护法》《水污染防治法》《大气污染防治法》《政府信息公开条例》《环境行政处罚办法》";
    static final String FORMED = "自该信息形成或者变更之日起20个工作日内";
    static final String REQUESTED = "自收到申请之日起20个工作日内";
    static final String CITY = "市级生态环境部门";

    /** The national annex's layout with 公开层级 columns added, as provinces print it. */
    static byte[] nationalWorkbook() {
        return nationalWorkbook(t -> t);
    }

    /** The same workbook, each cell text passed through {@code text}. */
    static byte[] nationalWorkbook(java.util.function.UnaryOperator<String> text) {
        return WorkbookFixture.xlsx("目录").texts(text)
                .row(TITLE)
                .row("序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                        "公开对象", "", "公开方式", "", "公开层级", "", "")
                .row("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "市级", "县级",
                        "乡、村级")
                .row("1", "行政许可", "建设项目环境影响评价文件审批", XK01_CONTENT, XK01_BASIS, FORMED, CITY, BOXES_PUBLIC,
                        "√", "", "√", "", "√", "√", "")
                .row("2", "", "防治污染设施拆除或闲置审批", XK02_CONTENT, XK02_BASIS, FORMED, CITY, BOXES_PUBLIC,
                        "√", "", "√", "", "√", "√", "√")
                .row("3", "行政处罚行政强制和行政命令", "行政处罚流程", CF01_CONTENT, CF_BASIS, REQUESTED, CITY, BOXES_PUSH,
                        "", "√", "", "√", "√", "", "")
                .merge("A1:O1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2",
                        "M2:O2", "B4:B5")
                .bytes();
    }

    @Test
    void readsTheCategoriesOfTheNationalLayoutFieldByField() throws Exception {
        ReadResult result = WorkbookFixture.read(nationalWorkbook(), "national.xlsx");
        Catalogue c = result.catalogue();

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(Format.XLSX);
        assertThat(c.title()).isEqualTo(TITLE);
        assertThat(c.editionId()).isEqualTo("national");
        assertThat(c.level()).isEmpty();
        assertThat(c.areas()).extracting(a -> a.name()).containsExactly("行政许可", "行政处罚行政强制和行政命令");
        assertThat(c.categories()).extracting(Category::name)
                .containsExactly("建设项目环境影响评价文件审批", "防治污染设施拆除或闲置审批", "行政处罚流程");

        Category xk01 = c.categories().get(0);
        assertThat(xk01.content()).extracting(ContentElement::stage, ContentElement::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("受理环节"), "受理情况公示、报告书(表)全本"),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("拟决定环节"), "拟审查环评文件基本情况公示"),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("决定环节"), "环评批复"));
        assertThat(xk01.legalBasis()).extracting(LegalReference::title).containsExactly("中华人民共和国环境影响评价法",
                "中华人民共和国海洋环境保护法", "中华人民共和国放射性污染防治法", "中华人民共和国政府信息公开条例");
        assertThat(xk01.deadline()).get().isInstanceOfSatisfying(Deadline.Relative.class, d -> {
            assertThat(d.within()).isEqualTo(new Span(20, TimeUnit.WORKING_DAY));
            assertThat(d.text()).isEqualTo(FORMED);
        });
        assertThat(xk01.owner()).contains(CITY);
        assertThat(xk01.channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.WEIBO_WECHAT_APP), Channel.of(ChannelOption.GOVERNMENT_SERVICE_CENTRE),
                Channel.of(ChannelOption.CONVENIENCE_SERVICE_STATION));
        assertThat(xk01.audience()).containsExactly(Audience.PUBLIC);
        assertThat(xk01.mode()).containsExactly(DisclosureMode.PROACTIVE);
        assertThat(xk01.levels()).containsExactly(AdministrativeLevel.MUNICIPAL, AdministrativeLevel.COUNTY);

        Category xk02 = c.categories().get(1);
        assertThat(c.areaOf(xk02)).get().extracting(a -> a.name()).isEqualTo("行政许可");
        assertThat(xk02.content()).hasSize(3);
        assertThat(xk02.legalBasis()).hasSize(6);
        assertThat(xk02.legalBasis().get(4).documentNumber()).contains("中办发〔2016〕8号");
        assertThat(xk02.levels()).containsExactlyInAnyOrder(AdministrativeLevel.MUNICIPAL, AdministrativeLevel.COUNTY,
                AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);

        Category cf01 = c.categories().get(2);
        assertThat(cf01.content()).extracting(ContentElement::printed).containsExactly("行政处罚事先告知书", "行政处罚听证通知书",
                "处罚执行情况:同意分期(延期)缴纳罚款通知书、督促履行义务催告书、强制执行申请书等");
        assertThat(cf01.legalBasis()).hasSize(5);
        assertThat(cf01.deadline()).get().extracting(Deadline::text).isEqualTo(REQUESTED);
        assertThat(cf01.channels()).containsExactly(Channel.of(ChannelOption.TARGETED_PUSH));
        assertThat(cf01.audience()).containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(cf01.mode()).containsExactly(DisclosureMode.ON_REQUEST);
        assertThat(cf01.levels()).containsExactly(AdministrativeLevel.MUNICIPAL);
    }

    @Test
    void aWorkbookInTraditionalCharactersReadsTheSameCatalogue() throws Exception {
        com.ibm.icu.text.Transliterator toTraditional =
                com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
        byte[] traditional = nationalWorkbook(toTraditional::transliterate);
        ReadResult simplified = WorkbookFixture.read(nationalWorkbook(), "national.xlsx");
        ReadResult read = WorkbookFixture.read(traditional, "national.xlsx");

        assertThat(toTraditional.transliterate(XK01_BASIS)).contains("《中華人民共和國環境影響評價法》");
        assertThat(read.problems()).isEmpty();
        assertThat(read.catalogue()).isEqualTo(simplified.catalogue());
        assertThat(read.sources()).isEqualTo(simplified.sources());
    }

    @Test
    void locatesEachCategoryAndFieldAsExcelShowsIt() throws Exception {
        ReadResult result = WorkbookFixture.read(nationalWorkbook(), "national.xlsx");
        CategorySources xk02 = result.sources().get(1);

        assertThat(xk02.row()).hasToString("national.xlsx!目录!A5");
        assertThat(xk02.of(CategoryField.NAME)).hasToString("national.xlsx!目录!C5");
        // The 一级事项 is merged down from row 4: its value lives there.
        assertThat(xk02.of(CategoryField.AREA)).hasToString("national.xlsx!目录!B4");
        assertThat(xk02.of(CategoryField.CONTENT)).hasToString("national.xlsx!目录!D5");
        assertThat(xk02.of(CategoryField.LEGAL_BASIS)).hasToString("national.xlsx!目录!E5");
        assertThat(xk02.of(CategoryField.DEADLINE)).hasToString("national.xlsx!目录!F5");
        assertThat(xk02.of(CategoryField.OWNER)).hasToString("national.xlsx!目录!G5");
        assertThat(xk02.of(CategoryField.CHANNELS)).hasToString("national.xlsx!目录!H5");
        assertThat(xk02.of(CategoryField.AUDIENCE)).hasToString("national.xlsx!目录!I5");
        assertThat(xk02.of(CategoryField.MODE)).hasToString("national.xlsx!目录!K5");
        assertThat(xk02.of(CategoryField.LEVELS)).hasToString("national.xlsx!目录!M5");
        assertThat(xk02.row().row()).hasValue(5);
        assertThat(xk02.row().column()).contains("A");
        assertThat(xk02.row().sheet()).contains("目录");
        assertThat(result.sourcesOf(result.catalogue().categories().get(2))).get()
                .extracting(s -> s.of(CategoryField.AREA).toString()).isEqualTo("national.xlsx!目录!B6");
    }

    @Test
    void findsHeaderLabelsByMeaningInAnyOrderWithAThirdLevelColumn() throws Exception {
        // No title row, one header row of flat labels in a locality's wording and order, a 三级事项 column.
        byte[] xlsx = WorkbookFixture.xlsx("Sheet1")
                .row("编号", "一级目录", "二级", "三级事项", "公开对象", "", "公开方式", "", "公开时限", "公开主体", "公开渠道和载体",
                        "公开依据", "公开内容")
                .row("", "", "", "", "全社会", "特定群众", "主动公开", "依申请公开", "", "", "", "", "")
                .row("1", "行政许可", "建设项目环境影响评价文件审批", "报告书审批", "√", "", "√", "", FORMED, "区生态环境局",
                        "政府网站", "《中华人民共和国环境影响评价法》", "受理情况公示\n拟审查环评文件基本情况公示\n环评批复")
                .row("", "", "", "报告表审批", "", "", "", "", "", "", "", "", "")
                .row("2", "", "危险废物经营许可证", "", "√", "", "√", "", FORMED, "区生态环境局", "政府网站",
                        "《固体废物污染环境防治法》", "危险废物经营许可证信息公示")
                .merge("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1", "I1:I2", "J1:J2", "K1:K2", "L1:L2",
                        "M1:M2", "A3:A4", "B3:B5", "C3:C4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:J4",
                        "K3:K4", "L3:L4", "M3:M4")
                .bytes();
        ReadResult result = WorkbookFixture.read(xlsx, "district.xlsx");

        assertThat(result.problems()).isEmpty();
        List<Category> categories = result.catalogue().categories();
        assertThat(categories).extracting(Category::name).containsExactly("建设项目环境影响评价文件审批", "危险废物经营许可证");
        Category eia = categories.get(0);
        assertThat(eia.items()).containsExactly(new Item("报告书审批", List.of()), new Item("报告表审批", List.of()));
        assertThat(eia.content()).extracting(ContentElement::text)
                .containsExactly("受理情况公示", "拟审查环评文件基本情况公示", "环评批复");
        assertThat(eia.audience()).containsExactly(Audience.PUBLIC);
        assertThat(eia.mode()).containsExactly(DisclosureMode.PROACTIVE);
        assertThat(eia.owner()).contains("区生态环境局");
        assertThat(eia.channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE));
        assertThat(eia.legalBasis()).extracting(LegalReference::title).containsExactly("中华人民共和国环境影响评价法");
        assertThat(result.sources().get(0).of(CategoryField.ITEMS)).hasToString("district.xlsx!Sheet1!D3");
        assertThat(result.sources().get(1).of(CategoryField.CONTENT)).hasToString("district.xlsx!Sheet1!M5");
        assertThat(categories.get(1).items()).isEmpty();
    }

    @Test
    void itemsWithContentOfTheirOwnKeepIt() throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录")
                .row("序号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开时限", "公开对象", "公开方式")
                .row("1", "行政处罚", "行政处罚决定", "一般程序", "行政处罚决定书（全文公开）", FORMED, "全社会", "主动")
                .row("", "", "", "简易程序", "当场处罚决定书", "", "", "")
                .merge("A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3", "H2:H3")
                .bytes();
        Category c = WorkbookFixture.read(xlsx, "items.xlsx").catalogue().categories().get(0);

        assertThat(c.items()).containsExactly(
                new Item("一般程序", List.of(ContentElement.parse("行政处罚决定书(全文公开)"))),
                new Item("简易程序", List.of(ContentElement.parse("当场处罚决定书"))));
        assertThat(c.content()).extracting(ContentElement::text).containsExactly("行政处罚决定书(全文公开)", "当场处罚决定书");
        // A single 公开对象 / 公开方式 column holds the label as text.
        assertThat(c.audience()).containsExactly(Audience.PUBLIC);
        assertThat(c.mode()).containsExactly(DisclosureMode.PROACTIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            市级          | MUNICIPAL
            县级          | COUNTY
            区县级        | COUNTY
            乡、村级      | TOWNSHIP,VILLAGE
            镇(街)级      | TOWNSHIP
            乡镇级        | TOWNSHIP
            镇街(园区)级  | TOWNSHIP
            村(社区)级    | VILLAGE
            """)
    void readsEveryLevelColumnLocalitiesPrint(String label, String levels) throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录")
                .row("序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开层级")
                .row("", "", "", "", "", label)
                .row("1", "生态建设", "生态建设", "农村环境综合整治情况", FORMED, "√")
                .merge("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2")
                .bytes();
        Set<AdministrativeLevel> expected = EnumSet.noneOf(AdministrativeLevel.class);
        for (String l : levels.split(",")) {
            expected.add(AdministrativeLevel.valueOf(l.strip()));
        }
        ReadResult result = WorkbookFixture.read(xlsx, "levels.xlsx");
        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().categories().get(0).levels()).isEqualTo(expected);
    }
}
