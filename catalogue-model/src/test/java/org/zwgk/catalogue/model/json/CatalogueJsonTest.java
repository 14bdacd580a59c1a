package org.zwgk.catalogue.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DeclaredShape;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * The canonical JSON: catalogue → JSON → catalogue is lossless, the JSON validates against the published schema
 * (and the schema is not vacuous), and a lenient read reports each bad value at its JSON pointer and keeps the
 * rest.
 */
class CatalogueJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(CatalogueJson.schema(), InputFormat.JSON,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static Set<ValidationMessage> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    // ---- catalogues like the bundled ones, and richer ----

    private static final String ALL_CHANNELS_BUT_OTHER = "政府网站 政府公报 两微一端 发布会/听证会 广播电视 纸质媒体 "
            + "公开查阅点 政务服务中心 便民服务站 入户/现场 社区/企事业单位/村公示栏 精准推送";

    /** Like the national edition: codes, staged content, two citations, the two national deadlines. */
    static Catalogue nationalLike() {
        Category eia = Category.named("建设项目环境影响评价文件审批").code("XK-01")
                .content("受理环节:受理情况公示、报告书(表)全本", "拟决定环节:拟审批公示", "决定环节:审批决定")
                .legalBasis("《中华人民共和国环境影响评价法》、《中华人民共和国政府信息公开条例》")
                .deadline("自该信息形成或者变更之日起20个工作日内")
                .owner("市级生态环境部门")
                .channels("政府网站", "两微一端", "政务服务中心", "便民服务站")
                .audience(Audience.PUBLIC).mode(DisclosureMode.PROACTIVE)
                .provenance(new Provenance(List.of("jyx.gov.cn national-format copy", "sgwjq copy"),
                        Optional.of(Confidence.HIGH), Set.of(), Optional.of("seq 1")))
                .build();
        Category process = Category.named("行政处罚流程").code("CF-01")
                .content("行政处罚事先告知书", "听证告知书")
                .legalBasis("《环境行政处罚办法》\n《政府信息公开条例》")
                .deadline("自收到申请之日起20个工作日内")
                .owner("市级生态环境部门")
                .channels("精准推送")
                .audience(Audience.SPECIFIC_GROUP).mode(DisclosureMode.ON_REQUEST)
                .provenance(new Provenance(List.of("sgwjq copy"), Optional.of(Confidence.MEDIUM),
                        EnumSet.of(CategoryField.MODE, CategoryField.AUDIENCE), Optional.empty()))
                .build();
        return Catalogue.builder("mee-2019-672", "生态环境领域基层政务公开标准目录")
                .issuer("生态环境部办公厅").documentNumber("环办厅函〔2019〕672号").issuedOn(LocalDate.of(2019, 8, 5))
                .level(AdministrativeLevel.MUNICIPAL)
                .declaredShape(new DeclaredShape(5, 25, Optional.of("seeds/003: 5方面25类")))
                .areas(List.of(new Area(Optional.of("XK"), "行政许可", List.of(eia)),
                        new Area(Optional.of("CF"), "行政处罚行政强制和行政命令", List.of(process))))
                .provenance(new Provenance(List.of("reference"), Optional.empty(), Set.of(),
                        Optional.of("PARTIAL: 2 of 25")))
                .build();
    }

    /** Like a locality edition: no codes, absent fields, 按月, 实时, 答复期限, unrecognized 定期. */
    static Catalogue localityLike() {
        Category monthly = Category.named("集中式生活饮用水水源水质状况报告").content("水源水质状况报告")
                .deadline("按月").audience(Audience.PUBLIC)
                .provenance(new Provenance(List.of("seeds/004.txt"), Optional.of(Confidence.MEDIUM), Set.of(),
                        Optional.of("Seed sentence: “按月向社会公开了……”.")))
                .build();
        Category realTime = Category.named("空气质量").content("空气质量实时数据").deadline("实时").build();
        Category replies = Category.named("网民留言答复").content("网民留言、意见建议和问题咨询的答复")
                .deadline("答复期限不得超过7个工作日").build();
        Category periodic = Category.named("饮用水水源地水质状况报告").content("所有水源地监测结果").deadline("定期").build();
        return Catalogue.builder("baoshan-sthjj-2019", "保山市生态环境局2019年政务公开工作自评报告")
                .issuer("保山市生态环境局").level(AdministrativeLevel.MUNICIPAL).locality("保山市")
                .parentEdition("mee-2019-672")
                .areas(List.of(Area.of("二、全面推进政务公开工作", List.of(monthly, realTime, replies)),
                        Area.of("三、重点工作落实情况", List.of(periodic))))
                .build();
    }

    /** Every field the model has, each value kind at least once. */
    static Catalogue rich() {
        Category everything = Category.named("行政处罚决定").code("CF-02")
                .items(List.of(new Item("一般程序行政处罚决定", List.of(ContentElement.parse("决定环节:行政处罚决定书"),
                        ContentElement.parse("执行情况"))), new Item("简易程序行政处罚决定", List.of())))
                .content("决定环节:行政处罚决定书", "送达环节:送达回证", "执行情况（含罚没款缴纳）")
                .legalBasis("新《环境保护法》第五十四条；《中华人民共和国政府信息公开条例》（国令第711号）第二十六条\n"
                        + "国令第492号\n《关于全面推进政务公开工作的意见》(中办发〔2016〕8号)\n环境保护法、"
                        + "《中华人民共和国环境噪声污染防治法》（2018年修正）")
                .deadline("行政处罚的执法决定信息在执法决定作出之日起7个工作日内,其他信息形成或者变更之日起20个工作日内")
                .owner("区生态环境局")
                .channels((ALL_CHANNELS_BUT_OTHER + " 其他:政务公开专区 ■会议 微信公众号").split(" "))
                .audience(Audience.PUBLIC, Audience.SPECIFIC_GROUP)
                .mode(DisclosureMode.PROACTIVE, DisclosureMode.ON_REQUEST)
                .levels(EnumSet.allOf(AdministrativeLevel.class))
                .provenance(new Provenance(List.of("a", "b"), Optional.of(Confidence.LOW),
                        EnumSet.allOf(CategoryField.class), Optional.of("notes\nover two lines")))
                .build();
        Category extension = Category.named("行政处罚结果").code("CF-L1").content("处罚结果")
                .deadline("作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日")
                .channels("其他").audience(Audience.PUBLIC).mode(DisclosureMode.PROACTIVE)
                .levels(List.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE)).build();
        Category yearly = Category.named("政府信息公开工作年度报告").code("FW-L1").content("年度报告")
                .deadline("每年1月31日前").channels("政府网站").build();
        Category fixed = Category.named("专项整治").content("整治结果").deadline("2021年6月30日前").build();
        Category hours = Category.named("突发环境事件").content("事件信息")
                .deadline("特别重大、重大突发事件发生后，应在24小时内").build();
        Category unrecognizedEmpty = Category.named("其他事项").content("其他").deadline("").build();
        Category bare = Category.named("只有名称").build();
        return Catalogue.builder("rich-1", "示例县生态环境领域基层政务公开标准目录")
                .issuer("示例县生态环境局").documentNumber("示环发〔2020〕1号").issuedOn(LocalDate.of(2020, 2, 29))
                .level(AdministrativeLevel.COUNTY).locality("示例县").parentEdition("mee-2019-672")
                .declaredShape(new DeclaredShape(0, 0, Optional.empty()))
                .areas(List.of(new Area(Optional.of("CF"), "行政处罚行政强制和行政命令", List.of(everything, extension)),
                        Area.of("公共服务事项", List.of(yearly, fixed, hours)),
                        Area.of("自增事项", List.of(unrecognizedEmpty, bare))))
                .notApplicable(List.of(
                        new NotApplicable("危险废物经营许可证", Optional.of("XK-03"), Optional.of("行政许可"),
                                Optional.of("职能范围未涉及")),
                        new NotApplicable("生态环境保护政策与业务咨询", Optional.empty(), Optional.empty(),
                                Optional.empty())))
                .provenance(new Provenance(List.of(), Optional.of(Confidence.HIGH), Set.of(), Optional.empty()))
                .build();
    }

    /** The smallest catalogue the format allows. */
    static Catalogue empty() {
        return Catalogue.builder("empty", "空目录").build();
    }

    static Stream<Arguments> catalogues() {
        return Stream.of(Arguments.of("national-like", nationalLike()), Arguments.of("locality-like", localityLike()),
                Arguments.of("rich", rich()), Arguments.of("empty", empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void writingAndReadingBackLosesNothing(String name, Catalogue catalogue) throws CatalogueFormatException {
        String json = CatalogueJson.write(catalogue);
        Catalogue back = CatalogueJson.read(json, name + ".json");
        assertThat(back).isEqualTo(catalogue);
        assertThat(CatalogueJson.write(back)).as("byte-identical when written again").isEqualTo(json);
        assertThat(CatalogueJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name))
                .isEqualTo(catalogue);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void writtenJsonValidatesAgainstThePublishedSchema(String name, Catalogue catalogue) {
        assertThat(schemaErrors(CatalogueJson.write(catalogue))).isEmpty();
    }

    @Test
    void theRichCatalogueReallyHoldsWhatItIsMeantToExercise() {
        Catalogue c = rich();
        Category everything = c.categories().get(0);
        assertThat(everything.legalBasis()).hasSize(6);
        assertThat(everything.legalBasis().get(2).hasTitle()).isFalse();
        assertThat(everything.deadline()).get().isInstanceOf(Deadline.Composite.class);
        assertThat(everything.channels()).hasSize(15).filteredOn(ch -> ch.isFreeText()).hasSize(3);
        assertThat(c.categories().get(1).deadline()).get().isInstanceOfSatisfying(Deadline.Relative.class,
                d -> assertThat(d.extension()).isPresent());
        assertThat(c.categories().get(1).channels()).extracting(ch -> ch.option()).containsExactly(ChannelOption.OTHER);
        assertThat(c.categories().stream().flatMap(cat -> cat.deadline().stream())
                .map(d -> d.getClass().getSimpleName()))
                .contains("Composite", "Relative", "Periodic", "FixedDate", "Unrecognized");
        assertThat(c.categories().get(6).absentFields()).hasSize(9);
        assertThat(localityLike().categories()).extracting(cat -> cat.deadline().orElseThrow().getClass()
                .getSimpleName()).contains("RealTime");
    }

    @Test
    void valuesAreWrittenAsPrintedInChineseAndTheDeadlineKeepsItsText() throws Exception {
        JsonNode category = MAPPER.readTree(CatalogueJson.write(nationalLike())).get("categories").get(0);
        assertThat(category.get("channels").toString()).isEqualTo("[\"政府网站\",\"两微一端\",\"政务服务中心\",\"便民服务站\"]");
        assertThat(category.get("audience").toString()).isEqualTo("[\"全社会\"]");
        assertThat(category.get("mode").toString()).isEqualTo("[\"主动\"]");
        assertThat(category.get("deadline").toString()).isEqualTo("{\"text\":\"自该信息形成或者变更之日起20个工作日内\","
                + "\"kind\":\"relative\",\"trigger\":\"信息形成或者变更\",\"within\":{\"amount\":20,\"unit\":\"个工作日\"}}");
        assertThat(category.get("area").textValue()).isEqualTo("行政许可");
        assertThat(category.get("areaCode").textValue()).isEqualTo("XK");
        assertThat(category.has("levels")).as("absent fields are left out").isFalse();
    }

    @Test
    void sourceLocationsAreWrittenOnRequestValidateAndAreIgnoredWhenRead() throws CatalogueFormatException {
        Catalogue c = nationalLike();
        String json = CatalogueJson.write(c, List.of(Optional.of(SourceLocation.ofCell("目录.xlsx", "Sheet1", 3, 27)),
                Optional.of(SourceLocation.ofPointer("目录.json", "/categories/1"))));
        assertThat(json).contains("\"column\": \"AB\"").contains("\"pointer\": \"/categories/1\"");
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(CatalogueJson.read(json, "x.json")).isEqualTo(c);
    }

    // ---- the schema says something ----

    @Test
    void theSchemaIsAValidDraft202012Schema() throws Exception {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(MAPPER.readTree(CatalogueJson.schema()))).isEmpty();
    }

    interface Mutation {
        void apply(ObjectNode root, ObjectNode firstCategory);
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("unknown top-level field", (Mutation) (r, c) -> r.put("colour", "red")),
                Arguments.of("no title", (Mutation) (r, c) -> r.remove("title")),
                Arguments.of("issuedOn not a date", (Mutation) (r, c) -> r.put("issuedOn", "2019年8月5日")),
                Arguments.of("impossible date", (Mutation) (r, c) -> r.put("issuedOn", "2019-02-30")),
                Arguments.of("unknown level", (Mutation) (r, c) -> r.put("level", "地级")),
                Arguments.of("category without area", (Mutation) (r, c) -> c.remove("area")),
                Arguments.of("blank category name", (Mutation) (r, c) -> c.put("name", " ")),
                Arguments.of("audience not as printed", (Mutation) (r, c) -> ((ArrayNode) c.get("audience")).add("公众")),
                Arguments.of("mode in English", (Mutation) (r, c) -> c.putArray("mode").add("PROACTIVE")),
                Arguments.of("empty channels", (Mutation) (r, c) -> c.putArray("channels")),
                Arguments.of("channels as a string", (Mutation) (r, c) -> c.put("channels", "政府网站")),
                Arguments.of("deadline as a string", (Mutation) (r, c) -> c.put("deadline", "实时")),
                Arguments.of("relative deadline without its span",
                        (Mutation) (r, c) -> ((ObjectNode) c.get("deadline")).remove("within")),
                Arguments.of("unknown trigger",
                        (Mutation) (r, c) -> ((ObjectNode) c.get("deadline")).put("trigger", "立案")),
                Arguments.of("unknown unit", (Mutation) (r, c) -> ((ObjectNode) c.get("deadline").get("within"))
                        .put("unit", "周")),
                Arguments.of("periodic field on a relative deadline",
                        (Mutation) (r, c) -> ((ObjectNode) c.get("deadline")).put("period", "每月")),
                Arguments.of("unknown kind", (Mutation) (r, c) -> ((ObjectNode) c.get("deadline")).put("kind", "soon")),
                Arguments.of("unknown confidence",
                        (Mutation) (r, c) -> ((ObjectNode) c.get("provenance")).put("confidence", "certain")),
                Arguments.of("empty provenance", (Mutation) (r, c) -> c.putObject("provenance")),
                Arguments.of("empty notApplicable", (Mutation) (r, c) -> r.putArray("notApplicable")),
                Arguments.of("source without file", (Mutation) (r, c) -> c.putObject("source").put("row", 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theSchemaRejectsWhatTheWriterNeverWrites(String label, Mutation mutation) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(CatalogueJson.write(nationalLike()));
        assertThat(schemaErrors(root.toString())).as("before").isEmpty();
        mutation.apply(root, (ObjectNode) root.get("categories").get(0));
        assertThat(schemaErrors(root.toString())).as(label).isNotEmpty();
    }

    // ---- lenient reading ----

    private static final String WITH_BAD_VALUES = """
            {
              "edition": "bad-1",
              "title": "有问题的目录",
              "issuedOn": "2019-13-01",
              "level": "地级",
              "categories": [
                {"area": "行政许可", "name": "甲", "colour": "red", "audience": ["全社会"]},
                {"area": "行政许可", "name": "乙", "audience": ["公众人士", "特定群体"], "mode": ["主动"]},
                {"area": "行政许可", "name": 5},
                {"area": "公共服务事项", "name": "丙", "deadline": 7, "channels": ["政府网站", "", 3]},
                "not an object",
                {"area": "公共服务事项", "name": "丁", "provenance": {"confidence": "certain", "inferred": ["colour"]}}
              ],
              "notApplicable": [{"reason": "职能范围未涉及"}]
            }
            """;

    @Test
    void aLenientReadReportsEachBadValueAtItsPointerAndKeepsTheRest() {
        ParsedCatalogue parsed = CatalogueJson.parse(WITH_BAD_VALUES, "bad.json");
        assertThat(parsed.problems()).extracting(p -> p.location().pointer().orElseThrow(), Problem::messageId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/issuedOn", "json.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple("/level", "json.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple("/categories/0/colour", "json.field.unknown"),
                        org.assertj.core.groups.Tuple.tuple("/categories/1/audience/0", "json.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple("/categories/2/name", "json.type.expected"),
                        org.assertj.core.groups.Tuple.tuple("/categories/3/deadline", "json.type.expected"),
                        org.assertj.core.groups.Tuple.tuple("/categories/3/channels/1", "json.value.blank"),
                        org.assertj.core.groups.Tuple.tuple("/categories/3/channels/2", "json.type.expected"),
                        org.assertj.core.groups.Tuple.tuple("/categories/4", "json.type.expected"),
                        org.assertj.core.groups.Tuple.tuple("/categories/5/provenance/confidence", "json.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple("/categories/5/provenance/inferred/0", "json.value.unknown"),
                        org.assertj.core.groups.Tuple.tuple("/notApplicable/0", "json.field.required"));
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.location().file()).isEqualTo("bad.json"));

        Catalogue c = parsed.catalogue();
        assertThat(c.editionId()).isEqualTo("bad-1");
        assertThat(c.issuedOn()).isEmpty();
        assertThat(c.categories()).extracting(Category::name).containsExactly("甲", "乙", "丙", "丁");
        assertThat(c.areas()).extracting(Area::name).containsExactly("行政许可", "公共服务事项");
        Category yi = c.categories().get(1);
        assertThat(yi.audience()).as("the good value beside the bad one is kept").containsExactly(Audience.SPECIFIC_GROUP);
        assertThat(yi.mode()).containsExactly(DisclosureMode.PROACTIVE);
        assertThat(c.categories().get(2).channels()).extracting(ch -> ch.label()).containsExactly("政府网站");
        assertThat(c.categories().get(2).deadline()).isEmpty();
        assertThat(parsed.categorySources()).extracting(s -> s.pointer().orElseThrow())
                .containsExactly("/categories/0", "/categories/1", "/categories/3", "/categories/5");
        assertThat(c.notApplicable()).isEmpty();
    }

    @Test
    void problemsAreWordedInChineseAndEnglish() {
        Problem audience = CatalogueJson.parse(WITH_BAD_VALUES, "bad.json").problems().get(3);
        assertThat(audience.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("/categories/1/audience/0：无法识别的值“公众人士”");
        assertThat(audience.message(Locale.ENGLISH)).isEqualTo("/categories/1/audience/0: unrecognized value \"公众人士\"");
        assertThat(audience.describe(Locale.ENGLISH))
                .isEqualTo("bad.json#/categories/1/audience/0: [json.value.unknown] /categories/1/audience/0: "
                        + "unrecognized value \"公众人士\"");
        assertThat(audience.arguments()).containsExactly("/categories/1/audience/0", "公众人士");
    }

    @Test
    void aStrictReadFailsWithEveryProblem() {
        assertThatThrownBy(() -> CatalogueJson.read(WITH_BAD_VALUES, "bad.json"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.problems()).hasSize(12);
                    assertThat(e.describe(Locale.ENGLISH)).startsWith("bad.json#/issuedOn: [json.date.invalid]");
                });
    }

    @Test
    void unreadableJsonIsOneLocatedProblem() {
        ParsedCatalogue syntax = CatalogueJson.parse("{\"edition\": \"x\",", "broken.json");
        assertThat(syntax.problems()).singleElement().satisfies(p -> assertThat(p.messageId()).isEqualTo("json.syntax"));
        assertThat(syntax.catalogue().categories()).isEmpty();

        ParsedCatalogue duplicate = CatalogueJson.parse("{\"edition\": \"x\", \"edition\": \"y\"}", "dup.json");
        assertThat(duplicate.problems()).extracting(Problem::messageId).containsExactly("json.key.duplicate");
        assertThat(duplicate.problems().get(0).location().pointer()).contains("/edition");

        String nested = "{\"edition\": \"x\", \"title\": \"t\", \"categories\": [{\"area\": \"A\", \"name\": \"N\","
                + " \"deadline\": {\"text\": \"20个工作日\"}, \"deadline\": {\"text\": \"即时\"}}]}";
        for (ParsedCatalogue read : List.of(CatalogueJson.parse(nested, "dup.json"),
                CatalogueJson.parse(nested.getBytes(StandardCharsets.UTF_8), "dup.json", JsonLimits.defaults()))) {
            assertThat(read.problems()).extracting(Problem::messageId).containsExactly("json.key.duplicate");
            assertThat(read.problems().get(0).location().pointer()).contains("/categories/0/deadline");
        }

        ParsedCatalogue array = CatalogueJson.parse("[]", "array.json");
        assertThat(array.problems()).extracting(Problem::messageId).containsExactly("json.root.object");
    }

    /** Regression: values that passed String#isBlank but fold to nothing, or a negative count, made the reader throw. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            content of no-break spaces    | {"area": "A", "name": "N", "content": ["\u00a0\u2007"]}    | /categories/0/content/0       | json.value.blank
            item content of a no-break space | {"area": "A", "name": "N", "items": [{"name": "i", "content": ["\u202f"]}]} | /categories/0/items/0/content/0 | json.value.blank
            name of a no-break space      | {"area": "A", "name": "\u00a0"}                           | /categories/0/name            | json.value.blank
            channel of a tick box only    | {"area": "A", "name": "N", "channels": ["□"]}              | /categories/0/channels/0      | json.value.blank
            """)
    void aLenientReadNeverThrowsOnValuesThatHoldNothing(String label, String category, String pointer, String id) {
        ParsedCatalogue parsed = CatalogueJson.parse("{\"edition\": \"e\", \"title\": \"t\", \"categories\": ["
                + category + "]}", "x.json");
        assertThat(parsed.problems()).extracting(p -> p.location().pointer().orElseThrow(), Problem::messageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pointer, id));
    }

    @Test
    void aNegativeDeclaredShapeIsAProblemNotAnException() {
        ParsedCatalogue parsed = CatalogueJson.parse(
                "{\"edition\": \"e\", \"title\": \"t\", \"declaredShape\": {\"areas\": -1, \"categories\": 2},"
                        + " \"categories\": []}", "x.json");
        assertThat(parsed.problems()).extracting(Problem::messageId).containsExactly("json.type.expected");
        assertThat(parsed.catalogue().declaredShape()).isEmpty();
    }

    @Test
    void aHandWrittenDeadlineStringIsReadToo() throws CatalogueFormatException {
        Catalogue c = CatalogueJson.read("""
                {"edition": "e", "title": "t", "categories": [{"area": "A", "name": "N", "deadline": "按季度"}]}
                """, "hand.json");
        assertThat(c.categories().get(0).deadline()).get().isInstanceOf(Deadline.Periodic.class);
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(new NotApplicable("甲", Optional.empty(), Optional.empty(), Optional.of("  ")).reason()).isEmpty();
    }
}
