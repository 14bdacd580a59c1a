package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small values: content elements, source locations, and the catalogue's and category's own queries. */
class ValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            受理环节:受理情况公示、报告书(表)全本   | 受理环节   | 受理情况公示、报告书(表)全本
            受理环节：受理情况公示               | 受理环节   | 受理情况公示
            拟决定环节: 拟审批公示               | 拟决定环节 | 拟审批公示
            执行阶段:执行情况                   | 执行阶段   | 执行情况
            行政处罚决定书                      | -         | 行政处罚决定书
            备注:其他                          | -         | 备注:其他
            """)
    void contentElementsSplitOffTheirStage(String printed, String stage, String text) {
        ContentElement e = ContentElement.parse(printed);
        assertThat(e).isEqualTo(new ContentElement(Optional.ofNullable(stage), text));
        assertThat(ContentElement.parse(e.printed())).isEqualTo(e);
    }

    @Test
    void aContentElementNeedsText() {
        assertThatThrownBy(() -> ContentElement.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, A", "25, Z", "26, AA", "51, AZ", "701, ZZ", "702, AAA"})
    void columnLettersAreThoseExcelShows(int index, String letters) {
        assertThat(SourceLocation.columnLetters(index)).isEqualTo(letters);
    }

    @Test
    void sourceLocationsPrintShortly() {
        assertThat(SourceLocation.ofCell("目录.xlsx", "Sheet1", 12, 2)).hasToString("目录.xlsx!Sheet1!C12");
        assertThat(SourceLocation.ofCell("目录.csv", null, 3, 0)).hasToString("目录.csv!A3");
        assertThat(SourceLocation.ofPointer("目录.json", "/categories/0")).hasToString("目录.json#/categories/0");
        assertThat(SourceLocation.ofFile("目录.json").withPointer("/title")).hasToString("目录.json#/title");
        assertThat(SourceLocation.ofCell("a.xlsx", "S", 1, 0).withColumn(27).column()).contains("AB");
        assertThatThrownBy(() -> SourceLocation.columnLetters(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatalogueFindsItsCategoriesAndTheirAreas() {
        Category eia = Category.named("建设项目环境影响评价文件审批").code("XK-01").build();
        Category consult = Category.named("生态环境保护政策与业务咨询").code("FW-01").build();
        Area services = Area.of("公共服务事项", List.of(consult));
        Catalogue c = Catalogue.builder("e", "t").areas(List.of(Area.of("行政许可", List.of(eia)), services)).build();
        assertThat(c.categoryCount()).isEqualTo(2);
        assertThat(c.categories()).containsExactly(eia, consult);
        assertThat(c.category("FW-01")).containsSame(consult);
        assertThat(c.category("XX-99")).isEmpty();
        assertThat(c.areaOf(consult)).containsSame(services);
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void aCategoryNamesTheFieldsItsSourceDidNotState() {
        Category bare = Category.named("行政处罚决定").content("行政处罚决定书").build();
        assertThat(bare.absentFields()).containsExactlyInAnyOrder(CategoryField.ITEMS, CategoryField.LEGAL_BASIS,
                CategoryField.DEADLINE, CategoryField.OWNER, CategoryField.CHANNELS, CategoryField.AUDIENCE,
                CategoryField.MODE, CategoryField.LEVELS);
        assertThat(bare.isStated(CategoryField.CONTENT)).isTrue();
        assertThat(bare.toBuilder().build()).isEqualTo(bare);
    }

    @Test
    void valuesAreImmutable() {
        List<ContentElement> content = new java.util.ArrayList<>(List.of(ContentElement.parse("甲")));
        Category c = Category.named("n").content(content).build();
        content.add(ContentElement.parse("乙"));
        assertThat(c.content()).hasSize(1);
        assertThatThrownBy(() -> c.content().add(ContentElement.parse("丙")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.audience().add(Audience.PUBLIC)).isInstanceOf(UnsupportedOperationException.class);
    }
}
