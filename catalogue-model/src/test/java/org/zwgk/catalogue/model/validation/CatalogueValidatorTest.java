package org.zwgk.catalogue.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.DisclosureMode;

/**
 * Each structural constraint, broken alone on the second category of the first area, gives one violation with
 * its stable id, its path, the area and category it concerns, and its message in Chinese and in English.
 */
class CatalogueValidatorTest {

    private static final CatalogueValidator VALIDATOR = CatalogueValidator.get();

    private static Category complete(String code, String name) {
        return Category.named(name).code(code)
                .content("受理环节:受理情况公示", "决定环节:审批决定")
                .legalBasis("《中华人民共和国环境影响评价法》")
                .deadline("自该信息形成或者变更之日起20个工作日内")
                .owner("市级生态环境部门")
                .channels("政府网站", "两微一端")
                .audience(Audience.PUBLIC)
                .mode(DisclosureMode.PROACTIVE)
                .build();
    }

    private static Catalogue catalogueWithSecondCategory(Category second) {
        Area licensing = Area.of("行政许可", List.of(complete("XK-01", "建设项目环境影响评价文件审批"), second));
        Area services = Area.of("公共服务事项", List.of(complete("FW-01", "生态环境保护政策与业务咨询")));
        return Catalogue.builder("test-edition", "测试目录").areas(List.of(licensing, services)).build();
    }

    private static final String DANGEROUS_WASTE = "危险废物经营许可证";

    static Stream<Arguments> constraints() {
        return Stream.of(
                constraint("name", c -> c.toBuilder().build(), "", "zwgk.category.name.required",
                        "areas[0].categories[1].name", CategoryField.NAME,
                        "二级事项缺少名称", "A category (二级事项) has no name"),
                constraint("content", c -> c.toBuilder().content(List.of()).build(), DANGEROUS_WASTE,
                        "zwgk.category.content.required", "areas[0].categories[1].content", CategoryField.CONTENT,
                        "未填写公开内容(要素)", "No content elements (公开内容) are given"),
                constraint("deadline", c -> c.toBuilder().deadline((org.zwgk.catalogue.model.Deadline) null).build(),
                        DANGEROUS_WASTE, "zwgk.category.deadline.required", "areas[0].categories[1].deadline",
                        CategoryField.DEADLINE, "未填写公开时限", "No deadline (公开时限) is given"),
                constraint("channels", c -> c.toBuilder().channels(List.of()).build(), DANGEROUS_WASTE,
                        "zwgk.category.channels.required", "areas[0].categories[1].channels", CategoryField.CHANNELS,
                        "未选择公开渠道和载体", "No channel (公开渠道和载体) is selected"),
                constraint("audience", c -> c.toBuilder().audience(List.of()).build(), DANGEROUS_WASTE,
                        "zwgk.category.audience.required", "areas[0].categories[1].audience", CategoryField.AUDIENCE,
                        "未选择公开对象(全社会/特定群体)", "No audience (公开对象: 全社会/特定群体) is selected"),
                constraint("mode", c -> c.toBuilder().mode(List.of()).build(), DANGEROUS_WASTE,
                        "zwgk.category.mode.required", "areas[0].categories[1].mode", CategoryField.MODE,
                        "未选择公开方式(主动/依申请)", "No disclosure mode (公开方式: 主动/依申请) is selected"),
                constraint("code", c -> c.toBuilder().code("XK-01").build(), DANGEROUS_WASTE,
                        "zwgk.catalogue.code.duplicate", "areas[0].categories[1].code", null,
                        "事项编码“XK-01”在目录中重复", "Category code \"XK-01\" appears more than once in the catalogue"));
    }

    private static Arguments constraint(String label, UnaryOperator<Category> breakIt, String name, String id,
            String path, CategoryField field, String zh, String en) {
        return Arguments.of(label, breakIt, name, id, path, field, zh, en);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraints")
    void eachConstraintIsReportedWithItsMessageInBothLanguages(String label, UnaryOperator<Category> breakIt,
            String name, String id, String path, CategoryField field, String zh, String en) {
        Category broken = breakIt.apply(name.isEmpty()
                ? Category.named("").code("XK-03").content("许可证发放情况").deadline("自该信息形成或者变更之日起20个工作日内")
                        .channels("政府网站").audience(Audience.PUBLIC).mode(DisclosureMode.PROACTIVE).build()
                : complete("XK-03", name));
        Catalogue catalogue = catalogueWithSecondCategory(broken);
        Optional<String> category = name.isEmpty() ? Optional.empty() : Optional.of(name);

        assertThat(VALIDATOR.validate(catalogue, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                new Violation(id, path, Optional.of("行政许可"), category, Optional.ofNullable(field), zh));
        assertThat(VALIDATOR.validate(catalogue, Locale.ENGLISH)).containsExactly(
                new Violation(id, path, Optional.of("行政许可"), category, Optional.ofNullable(field), en));
    }

    @Test
    void aCompleteCatalogueHasNoViolation() {
        Catalogue catalogue = catalogueWithSecondCategory(complete("XK-03", DANGEROUS_WASTE));
        assertThat(VALIDATOR.validate(catalogue, Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void anEmptyCategoryReportsEveryMissingFieldInPathOrder() {
        Catalogue catalogue = catalogueWithSecondCategory(Category.named(DANGEROUS_WASTE).build());
        assertThat(VALIDATOR.validate(catalogue, Locale.SIMPLIFIED_CHINESE)).extracting(Violation::messageId)
                .containsExactly("zwgk.category.audience.required", "zwgk.category.channels.required",
                        "zwgk.category.content.required", "zwgk.category.deadline.required",
                        "zwgk.category.mode.required");
    }

    @Test
    void codesMayRepeatOnlyWhenAbsentAndTheRepeatIsReportedWhereItRepeats() {
        Category uncoded = complete(null, "无编码事项");
        Catalogue twoUncoded = Catalogue.builder("e", "t")
                .areas(List.of(Area.of("行政许可", List.of(uncoded, uncoded)))).build();
        assertThat(VALIDATOR.validate(twoUncoded, Locale.SIMPLIFIED_CHINESE)).isEmpty();

        Catalogue acrossAreas = Catalogue.builder("e", "t").areas(List.of(
                Area.of("行政许可", List.of(complete("XK-01", "甲"))),
                Area.of("公共服务事项", List.of(complete("FW-01", "乙"), complete("XK-01", "丙"))))).build();
        assertThat(VALIDATOR.validate(acrossAreas, Locale.ENGLISH)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("areas[1].categories[1].code");
            assertThat(v.area()).contains("公共服务事项");
            assertThat(v.category()).contains("丙");
        });
    }

    @Test
    void areaNameAndEditionIdAreRequired() {
        Catalogue catalogue = Catalogue.builder(" ", "t")
                .areas(List.of(Area.of("", List.of(complete("XK-01", "甲"))))).build();
        assertThat(VALIDATOR.validate(catalogue, Locale.ENGLISH)).containsExactly(
                new Violation("zwgk.area.name.required", "areas[0].name", Optional.empty(), Optional.empty(),
                        Optional.empty(), "An area (一级事项) has no name"),
                new Violation("zwgk.catalogue.edition.required", "editionId", Optional.empty(), Optional.empty(),
                        Optional.empty(), "The catalogue has no edition id"));
    }

    @Test
    void languagesOtherThanEnglishFallBackToChinese() {
        Catalogue catalogue = catalogueWithSecondCategory(complete("XK-03", DANGEROUS_WASTE).toBuilder()
                .mode(List.of()).build());
        for (Locale locale : List.of(Locale.CHINA, Locale.ROOT, Locale.FRENCH, Locale.TRADITIONAL_CHINESE)) {
            assertThat(VALIDATOR.validate(catalogue, locale)).extracting(Violation::message).as(locale.toString())
                    .containsExactly("未选择公开方式(主动/依申请)");
        }
        assertThat(VALIDATOR.validate(catalogue, Locale.US)).extracting(Violation::message)
                .containsExactly("No disclosure mode (公开方式: 主动/依申请) is selected");
    }

    @Test
    void manyAreasAreOrderedNumerically() {
        List<Area> areas = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            areas.add(Area.of("领域" + i, List.of(Category.named("事项" + i).code("C-" + i).content("内容")
                    .deadline("实时").channels("政府网站").audience(Audience.PUBLIC).build())));
        }
        Catalogue catalogue = Catalogue.builder("e", "t").areas(areas).build();
        assertThat(VALIDATOR.validate(catalogue, Locale.ENGLISH)).extracting(Violation::path).containsExactly(
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "areas[" + i + "].categories[0].mode")
                        .toArray(String[]::new));
    }

    @Test
    void everyMessageIdHasAChineseAndAnEnglishText() throws IOException {
        Properties root = bundle("ValidationMessages.properties");
        Properties zh = bundle("ValidationMessages_zh_CN.properties");
        Properties en = bundle("ValidationMessages_en.properties");
        assertThat(zh).isEqualTo(root);
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        for (Object key : en.keySet()) {
            assertThat(en.getProperty((String) key)).as((String) key).isNotEqualTo(zh.getProperty((String) key))
                    .matches(".*[A-Za-z].*");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogueValidatorTest.class.getResourceAsStream("/org/zwgk/catalogue/model/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
