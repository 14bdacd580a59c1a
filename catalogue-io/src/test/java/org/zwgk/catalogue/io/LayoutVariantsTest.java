package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.catalogue.io.NationalLayoutTest.BOXES_PUBLIC;
import static org.zwgk.catalogue.io.NationalLayoutTest.CITY;
import static org.zwgk.catalogue.io.NationalLayoutTest.FORMED;
import static org.zwgk.catalogue.io.NationalLayoutTest.REQUESTED;
import static org.zwgk.catalogue.io.NationalLayoutTest.TITLE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.LegalReference;

/**
 * Layouts seen in locality copies: 一级事项 left blank under its first row (an .xls), the header repeated before
 * every row (the national annex's page-per-row layout), channels printed as boxes, numbered lists or free
 * text, marks other than √, and lists written in every way.
 */
class LayoutVariantsTest {

    static final String[] FLAT_HEADER = {"序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
        "公开渠道和载体", "全社会", "特定群体", "主动", "依申请"};

    @Test
    void areaLeftBlankUnderItsFirstRowInAnXlsWorkbook() throws Exception {
        byte[] xls = WorkbookFixture.xls("Sheet1")
                .row(FLAT_HEADER)
                .row("1", "行政许可", "建设项目环境影响评价文件审批", "环评批复", "《环境影响评价法》", FORMED, CITY, "政府网站", "√", "",
                        "√", "")
                .row("2", "", "防治污染设施拆除或闲置审批", "审批结果", "《固体废物污染环境防治法》", FORMED, CITY, "政府网站", "√", "",
                        "√", "")
                .row("3", "", "危险废物经营许可证", "危险废物经营许可证信息公示", "《危险废物经营许可证管理办法》", FORMED, CITY, "政府网站",
                        "√", "", "√", "")
                .row("4", "行政处罚行政强制和行政命令", "行政处罚流程", "行政处罚事先告知书", "《环境行政处罚办法》", REQUESTED, CITY,
                        "精准推送", "", "√", "", "√")
                .row("5", "", "行政处罚决定", "行政处罚决定书（全文公开）", "《环境行政处罚办法》", FORMED, CITY, "政府网站", "√", "",
                        "√", "")
                .bytes();
        ReadResult result = WorkbookFixture.read(xls, "county.xls");
        Catalogue c = result.catalogue();

        assertThat(result.format()).isEqualTo(Format.XLS);
        assertThat(result.problems()).isEmpty();
        assertThat(c.areas()).hasSize(2);
        assertThat(c.areas().get(0).categories()).extracting(Category::name)
                .containsExactly("建设项目环境影响评价文件审批", "防治污染设施拆除或闲置审批", "危险废物经营许可证");
        assertThat(c.areas().get(1).categories()).extracting(Category::name).containsExactly("行政处罚流程", "行政处罚决定");
        // The area of row 3 was read in B2, where it is written.
        assertThat(result.sources().get(2).of(CategoryField.AREA)).hasToString("county.xls!Sheet1!B2");
        assertThat(result.sources().get(4).of(CategoryField.AREA)).hasToString("county.xls!Sheet1!B5");
        assertThat(result.sources().get(4).of(CategoryField.NAME)).hasToString("county.xls!Sheet1!C6");
        Category process = c.categories().get(3);
        assertThat(process.mode()).containsExactly(DisclosureMode.ON_REQUEST);
        assertThat(process.audience()).containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(process.channels()).containsExactly(Channel.of(ChannelOption.TARGETED_PUSH));
        assertThat(process.deadline()).get().extracting(d -> d.text()).isEqualTo(REQUESTED);
        assertThat(c.categories().get(1).deadline()).get().extracting(d -> d.text()).isEqualTo(FORMED);
        assertThat(c.categories().get(1).legalBasis()).extracting(LegalReference::title)
                .containsExactly("固体废物污染环境防治法");
    }

    @Test
    void headerRepeatedBeforeEveryRowAsOnThePagesOfTheNationalAnnex() throws Exception {
        WorkbookFixture book = WorkbookFixture.xlsx("附件");
        String[][] rows = {
            {"1", "行政许可", "建设项目环境影响评价文件审批", "受理环节：受理情况公示\n决定环节：环评批复", FORMED},
            {"2", "行政许可", "防治污染设施拆除或闲置审批", "审批结果", FORMED},
            {"3", "公共服务事项", "生态环境保护政策与业务咨询", "生态环境保护政策与业务咨询答复函", FORMED},
        };
        for (String[] row : rows) {
            int top = book.nextRow();
            book.row(TITLE)
                    .row("序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "",
                            "公开方式", "")
                    .row("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请")
                    .row(row[0], row[1], row[2], row[3], "《中华人民共和国政府信息公开条例》", row[4], CITY, BOXES_PUBLIC, "√", "",
                            "√", "")
                    .blank();
            int h = top + 1;
            book.merge("A" + top + ":L" + top, "A" + h + ":A" + (h + 1), "B" + h + ":C" + h, "D" + h + ":D" + (h + 1),
                    "E" + h + ":E" + (h + 1), "F" + h + ":F" + (h + 1), "G" + h + ":G" + (h + 1),
                    "H" + h + ":H" + (h + 1), "I" + h + ":J" + h, "K" + h + ":L" + h);
        }
        book.row("注：本目录“公开渠道和载体”栏中“■”表示必选项，“□”表示可选项。");
        ReadResult result = WorkbookFixture.read(book.bytes(), "annex.xlsx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().categories()).extracting(Category::name)
                .containsExactly("建设项目环境影响评价文件审批", "防治污染设施拆除或闲置审批", "生态环境保护政策与业务咨询");
        assertThat(result.catalogue().areas()).extracting(a -> a.name()).containsExactly("行政许可", "公共服务事项");
        assertThat(result.sources()).extracting(s -> s.row().toString())
                .containsExactly("annex.xlsx!附件!A4", "annex.xlsx!附件!A9", "annex.xlsx!附件!A14");
        Category first = result.catalogue().categories().get(0);
        assertThat(first.content()).extracting(ContentElement::printed).containsExactly("受理环节:受理情况公示", "决定环节:环评批复");
        assertThat(first.channels()).hasSize(4);
        assertThat(first.audience()).containsExactly(Audience.PUBLIC);
        assertThat(first.mode()).containsExactly(DisclosureMode.PROACTIVE);
        assertThat(first.deadline()).get().extracting(d -> d.text()).isEqualTo(FORMED);
        assertThat(result.sources().get(1).of(CategoryField.DEADLINE)).hasToString("annex.xlsx!附件!F9");
        assertThat(result.sources().get(2).of(CategoryField.AREA)).hasToString("annex.xlsx!附件!B14");
    }

    @Test
    void channelsInEveryPrintedForm() throws Exception {
        String[][] channelCells = {
            // jyx county copy: the full 13-box list, only 政府网站 ticked.
            {"■政府网站□政府公报□两微一端□发布会/听证会□广播电视□纸质媒体□公开查阅点□政务服务中心□便民服务站□入户/现场"
                    + "□社区/企事业单位/村公示栏□精准推送□其他"},
            // probable Dongguan copy: a shortened list with the legend that ■ means mandatory.
            {"■政府网站 ■两微一端 □政务服务中心 □便民服务站 ■精准报送\n（“■”表示必选项，“□”表示可选项）"},
            // ynwss: a numbered list.
            {"1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站"},
            // sntzq: free text.
            {"政府网站;微信公众号、公示栏等"},
            // 新建区: boxes with free text and a bare 其他.
            {"■政府网站 ■政务公开专区 ■其他"},
            // 九龙坡: a blank after 其他, unticked; 松江 variants of two options.
            {"■政府网站 ■公开查询点 ■村居/企事业单位公示栏(电子屏) □其他____"},
            // 凤屯镇.
            {"■会议"},
        };
        WorkbookFixture book = WorkbookFixture.xlsx("目录").row(FLAT_HEADER);
        for (int i = 0; i < channelCells.length; i++) {
            book.row(Integer.toString(i + 1), "行政许可", "事项" + (i + 1), "审批结果", "", FORMED, CITY, channelCells[i][0],
                    "√", "", "√", "");
        }
        List<Category> c = WorkbookFixture.read(book.bytes(), "channels.xlsx").catalogue().categories();

        assertThat(c.get(0).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE));
        assertThat(c.get(1).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.WEIBO_WECHAT_APP), Channel.of(ChannelOption.TARGETED_PUSH));
        assertThat(c.get(2).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.WEIBO_WECHAT_APP), Channel.of(ChannelOption.GOVERNMENT_SERVICE_CENTRE),
                Channel.of(ChannelOption.CONVENIENCE_SERVICE_STATION));
        assertThat(c.get(3).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                new Channel(ChannelOption.OTHER, "微信公众号"), new Channel(ChannelOption.OTHER, "公示栏"));
        assertThat(c.get(4).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                new Channel(ChannelOption.OTHER, "政务公开专区"), Channel.of(ChannelOption.OTHER));
        assertThat(c.get(5).channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.PUBLIC_READING_POINT), Channel.of(ChannelOption.NOTICE_BOARD));
        assertThat(c.get(6).channels()).containsExactly(new Channel(ChannelOption.OTHER, "会议"));
    }

    @Test
    void marksOtherThanTicksAndEmptyCells() throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录")
                .row("序号", "一级事项", "二级事项", "公开内容", "公开时限", "全社会", "特定群体", "主动", "依申请", "市级", "县级",
                        "乡镇级")
                .row("1", "行政许可", "甲", "结果", FORMED, "✓", "", "●", "", "是", "✔", "")
                .row("2", "行政许可", "乙", "结果", FORMED, "", "■", "", "√", "", "", "√")
                .row("3", "行政许可", "丙", "结果", FORMED, "是", "是", "✔", "✔", "●", "●", "●")
                .row("4", "行政许可", "丁", "结果", FORMED, "", "", "", "", "", "", "")
                .bytes();
        ReadResult result = WorkbookFixture.read(xlsx, "marks.xlsx");
        List<Category> c = result.catalogue().categories();

        assertThat(result.problems()).isEmpty();
        assertThat(c.get(0).audience()).containsExactly(Audience.PUBLIC);
        assertThat(c.get(0).mode()).containsExactly(DisclosureMode.PROACTIVE);
        assertThat(c.get(0).levels()).containsExactly(AdministrativeLevel.MUNICIPAL, AdministrativeLevel.COUNTY);
        assertThat(c.get(1).audience()).containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(c.get(1).mode()).containsExactly(DisclosureMode.ON_REQUEST);
        assertThat(c.get(1).levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
        assertThat(c.get(2).audience()).containsExactly(Audience.PUBLIC, Audience.SPECIFIC_GROUP);
        assertThat(c.get(2).mode()).containsExactly(DisclosureMode.PROACTIVE, DisclosureMode.ON_REQUEST);
        assertThat(c.get(2).levels()).hasSize(3);
        assertThat(c.get(3).audience()).isEmpty();
        assertThat(c.get(3).mode()).isEmpty();
        assertThat(c.get(3).levels()).isEmpty();
        assertThat(c.get(3).absentFields()).contains(CategoryField.AUDIENCE, CategoryField.MODE, CategoryField.LEVELS);
    }

    @Test
    void contentAndLegalBasesAsNumberedLinedOrSeparatedLists() throws Exception {
        String[][] cells = {
            {"1.行政处罚事先告知书；2.行政处罚听证通知书；3.行政处罚决定书（全文公开）",
                "1.《中华人民共和国环境保护法》2.《中华人民共和国大气污染防治法》3.《环境行政处罚办法》"},
            {"（1）行政处罚事先告知书\n（2）行政处罚听证通知书\n（3）行政处罚决定书（全文公开）",
                "《中华人民共和国环境保护法》\n《中华人民共和国大气污染防治法》\n《环境行政处罚办法》"},
            {"①行政处罚事先告知书②行政处罚听证通知书③行政处罚决定书（全文公开）",
                "《中华人民共和国环境保护法》、《中华人民共和国大气污染防治法》、《环境行政处罚办法》"},
            {"行政处罚事先告知书、行政处罚听证通知书、行政处罚决定书（全文公开）",
                "《中华人民共和国环境保护法》；《中华人民共和国大气污染防治法》；《环境行政处罚办法》"},
            {"行政处罚事先告知书；行政处罚听证通知书；行政处罚决定书（全文公开）。",
                "中华人民共和国环境保护法、中华人民共和国大气污染防治法、环境行政处罚办法"},
        };
        WorkbookFixture book = WorkbookFixture.xlsx("目录").row(FLAT_HEADER);
        for (int i = 0; i < cells.length; i++) {
            book.row(Integer.toString(i + 1), "行政处罚", "行政处罚" + (i + 1), cells[i][0], cells[i][1], FORMED, CITY,
                    "政府网站", "√", "", "√", "");
        }
        List<Category> c = WorkbookFixture.read(book.bytes(), "lists.xlsx").catalogue().categories();

        for (Category category : c) {
            assertThat(category.content()).as(category.name()).extracting(ContentElement::text)
                    .containsExactly("行政处罚事先告知书", "行政处罚听证通知书", "行政处罚决定书(全文公开)");
            assertThat(category.legalBasis()).as(category.name()).extracting(LegalReference::title)
                    .containsExactly("中华人民共和国环境保护法", "中华人民共和国大气污染防治法", "环境行政处罚办法");
        }
    }

    @Test
    void contentThatOnlyLooksLikeAListStaysWhole() throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER)
                .row("1", "行政处罚行政强制和行政命令", "行政强制流程", "查封、扣押清单", "", REQUESTED, CITY, "精准推送", "", "√", "", "√")
                .row("2", "行政许可", "防治污染设施拆除或闲置审批",
                        "企业或单位关闭、闲置、拆除工业固体废物污染环境防治设施、场所的核准结果", "", FORMED, CITY, "政府网站", "√", "", "√", "")
                .bytes();
        List<Category> c = WorkbookFixture.read(xlsx, "whole.xlsx").catalogue().categories();

        assertThat(c.get(0).content()).extracting(ContentElement::text).containsExactly("查封、扣押清单");
        assertThat(c.get(1).content()).extracting(ContentElement::text)
                .containsExactly("企业或单位关闭、闲置、拆除工业固体废物污染环境防治设施、场所的核准结果");
    }
}
