package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zwgk.catalogue.data.Resolution.Outcome;
import org.zwgk.catalogue.model.Problem;

/**
 * Registry overlays: laws change between releases, so an administrator lays a sourced correction or addition over
 * the bundled registry. The instruments and facts here are made up for the test (example.org sources, dates in
 * 2027); the bundled registry's own addition (国办发〔2018〕118号) is tested as shipped.
 */
class RegistryOverlayTest {

    private static final LegalRegistry BUNDLED = LegalRegistry.bundled();

    private static final String SOURCE = """
            {"url": "https://example.org/notice", "verifies": "the test's made-up notice", "kind": "test"}""";

    private static RegistryOverlay overlay(String name, String json) throws RegistryOverlayException {
        return RegistryOverlay.read(name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(String json) {
        try {
            LegalRegistry.bundled().withOverlay(overlay("补充.json", json));
        } catch (RegistryOverlayException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static List<String> pointers(List<Problem> problems) {
        return problems.stream().map(p -> p.location().pointer().orElse("") + " " + p.messageId()).toList();
    }

    @Test
    void theBundledRegistryCarriesItsOwnSourcedAdditionAndNamesItsVersion() {
        assertThat(BUNDLED.version()).isEqualTo(new RegistryVersion("2026-12-04", List.of()));
        assertThat(BUNDLED.version().label()).isEqualTo("2026-12-04");
        LegalInstrument opinion = BUNDLED.resolve("国办发〔2018〕118号").instrument().orElseThrow();
        assertThat(opinion.id()).isEqualTo("gbf-2018-118-law-enforcement-publicity-opinion");
        assertThat(BUNDLED.resolve("《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》")
                .instrument()).contains(opinion);
        assertThat(opinion.sources()).hasSize(3).anySatisfy(s -> assertThat(s).contains("beijing.gov.cn"));
        assertThat(opinion.versions().get(0).promulgated()).contains(LocalDate.of(2018, 12, 5));
        // No source read says it is in force: the registry says so rather than guess.
        assertThat(opinion.statusVerified()).isFalse();
        assertThat(opinion.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(InstrumentStatus.UNVERIFIED);
        assertThat(opinion.provisions()).singleElement().satisfies(p -> assertThat(p.verified()).isFalse());
    }

    @Test
    void aCorrectionReplacesTheFieldsItGivesAndKeepsTheEntrysSourcesBesideItsOwn() throws Exception {
        LegalInstrument before = BUNDLED.byId("prc-admin-penalty-law").orElseThrow();
        LegalRegistry corrected = BUNDLED.withOverlay(overlay("更正.json", """
                {"version": "2027-03-01", "instruments": [
                  {"id": "prc-admin-penalty-law", "status": "已废止", "repealedOn": "2027-02-01",
                   "sources": [%s]}]}""".formatted(SOURCE)));

        LegalInstrument after = corrected.byId("prc-admin-penalty-law").orElseThrow();
        assertThat(after.statusOn(LocalDate.of(2027, 1, 31))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(after.statusOn(LocalDate.of(2027, 2, 1))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.versions()).isEqualTo(before.versions());
        assertThat(after.sources()).startsWith(before.sources().toArray(String[]::new))
                .hasSize(before.sources().size() + 1).last().asString().contains("example.org");
        assertThat(corrected.instruments()).hasSameSizeAs(BUNDLED.instruments());
        // The bundled registry itself is unchanged.
        assertThat(BUNDLED.byId("prc-admin-penalty-law")).contains(before);
    }

    @Test
    void anAdditionIsResolvedByItsTitleAliasesAndNumberAndOverlaysStackInOrder() throws Exception {
        RegistryOverlay first = overlay("a.json", """
                {"version": "v1", "instruments": [
                  {"id": "test-measures-2027", "title": "某市生态环境信息公开办法", "aliases": ["信息公开办法（试行）"],
                   "kind": "规范性文件", "docNumber": "某环发〔2027〕1号", "confidence": "low",
                   "versions": [{"label": "2027年印发", "promulgated": "2027-01-05", "effective": null}],
                   "status": "有效", "sources": [%s]}]}""".formatted(SOURCE));
        RegistryOverlay second = overlay("b.json", """
                {"version": "v2", "instruments": [
                  {"id": "test-measures-2027", "status": "已废止", "repealedOn": "2027-06-01",
                   "successorId": "prc-admin-penalty-law", "sources": [%s]}]}""".formatted(SOURCE));
        LegalRegistry registry = BUNDLED.withOverlay(first).withOverlay(second);

        assertThat(registry.resolve("《某市生态环境信息公开办法》").outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(registry.resolve("某环发〔2027〕1号").instrument().map(LegalInstrument::id))
                .contains("test-measures-2027");
        LegalInstrument added = registry.byId("test-measures-2027").orElseThrow();
        assertThat(added.statusOn(LocalDate.of(2027, 6, 1))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(registry.successorOf(added).map(LegalInstrument::id)).contains("prc-admin-penalty-law");
        assertThat(BUNDLED.resolve("《某市生态环境信息公开办法》").outcome()).isEqualTo(Outcome.UNKNOWN);

        assertThat(registry.version().overlays()).extracting(RegistryVersion.Overlay::name)
                .containsExactly("a.json", "b.json");
        assertThat(registry.version().label()).isEqualTo("2026-12-04 + a.json v1 (sha256 "
                + first.sha256().substring(0, 12) + ") + b.json v2 (sha256 " + second.sha256().substring(0, 12) + ")");
        assertThat(first.instrumentIds()).containsExactly("test-measures-2027");
    }

    @Test
    void everyProblemOfABadOverlayIsLocatedAndNothingOfItIsApplied() {
        List<Problem> problems = problems("""
                {"version": "x", "owner": "me", "instruments": [
                  {"id": "prc-admin-penalty-law", "status": 1, "repealedOn": "2027-02-30", "sources": []},
                  {"id": "Bad Id", "sources": [{"url": "u", "verifies": "v"}]},
                  {"id": "prc-admin-penalty-law", "sources": [%s], "confidence": "certain"}]}""".formatted(SOURCE));
        assertThat(pointers(problems)).containsExactly(
                "/owner registry.overlay.field.unknown",
                "/instruments/0/status registry.overlay.type.text",
                "/instruments/0/repealedOn registry.overlay.type.date",
                "/instruments/0/sources registry.overlay.sources.missing",
                "/instruments/1/id registry.overlay.type.id",
                "/instruments/1/sources/0 registry.overlay.field.missing",
                "/instruments/2/confidence registry.overlay.type.confidence",
                "/instruments/2/id registry.overlay.id.duplicate");
        assertThat(problems.get(0).location().file()).isEqualTo("补充.json");
        assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "无法识别的字段“owner”（字段名见 legal-registry-overlay.schema.json）");
        assertThat(problems.get(2).message(Locale.ENGLISH)).isEqualTo(
                "Must be a date in the form YYYY-MM-DD (\"2027-02-30\" is not)");
    }

    @Test
    void aNewInstrumentNeedsItsTitleKindAndConfidenceAndEveryIdItNamesMustExist() {
        List<Problem> problems = problems("""
                {"version": "x", "instruments": [
                  {"id": "test-new", "successorId": "test-missing", "repeals": ["prc-admin-penalty-law", "test-gone"],
                   "sources": [%s]}]}""".formatted(SOURCE));
        assertThat(pointers(problems)).containsExactly(
                "/instruments/0 registry.overlay.new.missing",
                "/instruments/0 registry.overlay.new.missing",
                "/instruments/0 registry.overlay.new.missing",
                "/instruments/0/successorId registry.overlay.reference.unknown",
                "/instruments/0/repeals/1 registry.overlay.reference.unknown");
        assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("法规库中没有“test-new”，新增条目须写明“title”");
        assertThat(problems.get(4).message(Locale.ENGLISH))
                .isEqualTo("\"test-new\" refers to \"test-gone\", which is neither in the registry nor in this file");
    }

    @Test
    void notJsonAndNotAnOverlayAreSaidSoWithTheirPlace() {
        assertThat(problems("{\"version\": \"x\",\n \"instruments\": [}")).singleElement().satisfies(p -> {
            assertThat(p.messageId()).isEqualTo("registry.overlay.syntax");
            assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).startsWith("不是有效的 JSON（第 2 行第 18 列）");
        });
        assertThat(pointers(problems("[]"))).containsExactly(" registry.overlay.not-object");
        assertThat(pointers(problems("{\"instruments\": []}"))).containsExactly(
                "/version registry.overlay.field.missing", "/instruments registry.overlay.instruments.empty");
        assertThat(pointers(problems("{\"version\": \" \", \"instruments\": [3]}"))).containsExactly(
                "/version registry.overlay.version.invalid", "/instruments/0 registry.overlay.type.object");
    }

    @Test
    void aFileIsReadByItsPathAndAMissingOneSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("法规库补充 2027.json");
        Files.writeString(file, """
                {"version": "2027-01", "about": "测试", "instruments": [
                  {"id": "prc-admin-penalty-law", "notes": "测试备注", "sources": [%s]}]}""".formatted(SOURCE));
        RegistryOverlay read = RegistryOverlay.read(file);
        assertThat(read.name()).isEqualTo(file.toString());
        assertThat(read.about()).isEqualTo("测试");
        assertThat(read.sha256()).hasSize(64).isEqualTo(RegistryOverlay.read("x", Files.readAllBytes(file)).sha256());
        assertThat(BUNDLED.withOverlay(read).byId("prc-admin-penalty-law").orElseThrow().notes()).contains("测试备注");

        assertThatThrownBy(() -> RegistryOverlay.read(dir.resolve("none.json")))
                .isInstanceOfSatisfying(RegistryOverlayException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::messageId).isEqualTo("registry.overlay.file-missing"))
                .hasMessageContaining("文件不存在").hasMessageContaining("File not found");
    }

    @Test
    void everyMessageIdHasBothLanguages() throws IOException {
        String zh = Files.readString(Path.of("src/main/resources/org/zwgk/catalogue/data/messages.properties"));
        List<String> ids = zh.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('='))).toList();
        assertThat(ids).hasSizeGreaterThan(15).allSatisfy(id -> assertThat(
                org.zwgk.catalogue.data.internal.DataMessages.messages().hasBoth(id)).as(id).isTrue());
    }
}
