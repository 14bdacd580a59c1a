package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
import org.zwgk.catalogue.model.NotApplicable;

/**
 * A township's catalogue page as saved from its portal: the table sits inside a layout table, rowspan and
 * colspan stand for merged cells, cells break lines with {@code <br>} and {@code <p>}, blanks are
 * {@code &nbsp;}.
 */
class HtmlReadingTest {

    static final String PAGE = "township-portal-page.html";

    @Test
    void readsTheCatalogueTableOfASavedPortalPage() throws Exception {
        ReadResult result = CsvReadingTest.read(CsvReadingTest.resource(PAGE), "township.html");
        Catalogue c = result.catalogue();

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(Format.HTML);
        assertThat(c.title()).isEqualTo("示例市示例镇生态环境领域基层政务公开标准目录");
        assertThat(c.level()).contains(AdministrativeLevel.TOWNSHIP);
        assertThat(c.areas()).extracting(a -> a.name()).containsExactly("行政许可", "行政处罚行政强制和行政命令");
        assertThat(c.categories()).extracting(Category::name)
                .containsExactly("建设项目环境影响评价文件审批", "防治污染设施拆除或闲置审批", "行政处罚流程", "行政处罚决定");

        Category eia = c.categories().get(0);
        assertThat(eia.content()).extracting(ContentElement::printed).containsExactly("受理环节:受理情况公示、报告书(表)全本",
                "拟决定环节:拟审查环评文件基本情况公示", "决定环节:环评批复");
        assertThat(eia.legalBasis()).extracting(LegalReference::title)
                .containsExactly("中华人民共和国环境影响评价法", "中华人民共和国政府信息公开条例");
        assertThat(eia.channels()).containsExactly(Channel.of(ChannelOption.GOVERNMENT_WEBSITE),
                Channel.of(ChannelOption.WEIBO_WECHAT_APP), Channel.of(ChannelOption.CONVENIENCE_SERVICE_STATION));
        assertThat(eia.audience()).containsExactly(Audience.PUBLIC);
        assertThat(eia.levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
        assertThat(c.categories().get(1).levels())
                .containsExactly(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);

        Category process = c.categories().get(2);
        Category decision = c.categories().get(3);
        assertThat(process.content()).extracting(ContentElement::text).containsExactly("行政处罚事先告知书", "行政处罚听证通知书");
        assertThat(process.mode()).containsExactly(DisclosureMode.ON_REQUEST);
        assertThat(process.audience()).containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(process.channels()).containsExactly(Channel.of(ChannelOption.TARGETED_PUSH));
        assertThat(process.deadline()).get().isInstanceOfSatisfying(org.zwgk.catalogue.model.Deadline.Relative.class,
                d -> {
                    assertThat(d.text()).isEqualTo("自收到申请之日起20个工作日内");
                    assertThat(d.within().amount()).isEqualTo(20);
                });
        assertThat(decision.deadline()).get().extracting(org.zwgk.catalogue.model.Deadline::text)
                .isEqualTo("自该信息形成或者变更之日起20个工作日内");
        assertThat(eia.owner()).contains("示例镇人民政府");
        // The 公开依据 cell spans both rows (rowspan="2"): both categories cite it.
        assertThat(decision.legalBasis()).isEqualTo(process.legalBasis()).hasSize(2);
        assertThat(c.notApplicable()).containsExactly(new NotApplicable("生态建设", Optional.empty(),
                Optional.of("生态建设"), Optional.of("职能范围未涉及")));
    }

    @Test
    void locatesCellsInTheTableGridWithRowspanAsMergedCells() throws Exception {
        ReadResult result = CsvReadingTest.read(CsvReadingTest.resource(PAGE), "township.html");
        CategorySources pollution = result.sources().get(1);
        CategorySources decision = result.sources().get(3);

        // The layout table is table1; the catalogue is table2.
        assertThat(pollution.row()).hasToString("township.html!table2!A5");
        assertThat(pollution.of(CategoryField.AREA)).hasToString("township.html!table2!B4");
        assertThat(pollution.of(CategoryField.NAME)).hasToString("township.html!table2!C5");
        assertThat(decision.of(CategoryField.LEGAL_BASIS)).hasToString("township.html!table2!E6");
        assertThat(decision.of(CategoryField.CHANNELS)).hasToString("township.html!table2!H7");
    }

    @Test
    void aGbkPageReadsTheSameCatalogueWithOrWithoutItsCharsetDeclared() throws Exception {
        String page = new String(CsvReadingTest.resource(PAGE), StandardCharsets.UTF_8);
        Catalogue utf8 = CsvReadingTest.read(CsvReadingTest.resource(PAGE), "township.html").catalogue();
        byte[] declared = page.replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=gb2312\">").getBytes(Charset.forName("GBK"));
        byte[] undeclared = page.replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName("GB18030"));

        assertThat(CsvReadingTest.read(declared, "township.html").catalogue()).isEqualTo(utf8);
        assertThat(CsvReadingTest.read(undeclared, "township.html").catalogue()).isEqualTo(utf8);
    }
}
