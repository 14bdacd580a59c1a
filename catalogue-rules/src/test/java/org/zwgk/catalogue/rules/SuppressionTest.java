package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.model.CategoryField;

/** Baselines (only new findings are active) and waivers (approved, expiring exceptions). */
class SuppressionTest {

    private static final Waiver CHANNELS_XK01 = new Waiver("channel.parent-channel-dropped", "XK-01",
            Optional.of(CategoryField.CHANNELS), "本县未开通政务新媒体，已报市局备案", "张三（县分局办公室）",
            LocalDate.of(2026, 12, 31));

    private static Baseline roundTrip(Baseline b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out);
        return Baseline.read(new ByteArrayInputStream(out.toByteArray()), "baseline.json");
    }

    private static Checker.Builder checker(String fixture, LocalDate asOf) {
        return Checker.against(Fixtures.checker(fixture).parent()).asOf(asOf);
    }

    @Test
    void fingerprintsIgnoreWhereTheFindingIsInTheFile() {
        Report json = Fixtures.check("sample-county-shortfalls");
        Report sheet = Fixtures.checker("sample-county-shortfalls").check(Fixtures.sheetInput("sample-county-shortfalls"));
        assertThat(sheet.findings()).extracting(Finding::fingerprint)
                .containsExactlyElementsOf(json.findings().stream().map(Finding::fingerprint).toList());
        assertThat(json.findings().get(0).fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void aBaselineOfTodaysFindingsLeavesNoActiveFindingAndTheSameScore() throws Exception {
        Report today = Fixtures.check("sample-county-shortfalls");
        Baseline baseline = roundTrip(Baseline.of(List.of(today)));
        assertThat(baseline.inputs()).hasSize(1);
        assertThat(baseline.inputs().get(0).path()).isEqualTo("sample-county-shortfalls.json");
        assertThat(baseline.inputs().get(0).findings()).hasSize(today.findings().size());

        Report again = checker("sample-county-shortfalls", Fixtures.AS_OF).baseline(baseline).build()
                .check(Fixtures.input("sample-county-shortfalls"));
        assertThat(again.findings()).isEmpty();
        assertThat(again.suppressedCount(SuppressedFinding.Kind.BASELINE)).isEqualTo(today.findings().size());
        assertThat(again.reaches(Severity.INFO)).isFalse();
        assertThat(again.score()).isEqualTo(today.score());
    }

    @Test
    void onlyNewFindingsStayActive() throws Exception {
        Report before = Fixtures.checker("only-government-website").check(Fixtures.sheetInput("only-government-website"));
        Baseline baseline = roundTrip(Baseline.of(List.of(before)));
        Report hostile = Fixtures.hostileReport();
        Report after = Checker.against(Fixtures.checker("only-government-website").parent())
                .asOf(hostile.checkedOn()).baseline(baseline).build()
                .check(hostileInput());
        assertThat(after.findings()).isNotEmpty();
        assertThat(after.findings()).allSatisfy(f -> assertThat(
                before.findings().stream().map(Finding::fingerprint)).doesNotContain(f.fingerprint()));
        assertThat(after.findings().size() + after.suppressed().size()).isEqualTo(hostile.findings().size());
    }

    private static CheckInput hostileInput() {
        return Fixtures.hostileInput();
    }

    @Test
    void aBaselineCountsRepeatedFindings() throws Exception {
        Report today = Fixtures.check("only-government-website");
        Baseline full = Baseline.of(List.of(today));
        // Drop one of the three identical-rule findings on XK-01: one of them must come back as new.
        Baseline.Input input = full.inputs().get(0);
        Baseline.Entry dropped = input.findings().stream().filter(e -> e.rule().equals("channel.parent-channel-dropped"))
                .findFirst().orElseThrow();
        List<Baseline.Entry> fewer = new java.util.ArrayList<>(input.findings());
        fewer.remove(dropped);
        Baseline partial = new Baseline(full.parent(), full.checkedOn(), full.tool(),
                List.of(new Baseline.Input(input.path(), fewer)));
        Report again = Fixtures.checker("only-government-website").toBuilder().baseline(partial).build()
                .check(Fixtures.input("only-government-website"));
        assertThat(again.findings()).extracting(Finding::fingerprint).containsExactly(dropped.fingerprint());
    }

    @Test
    void aWaiverSuppressesItsFindingsUntilItExpires() {
        Waivers waivers = new Waivers(List.of(CHANNELS_XK01));
        Report plain = Fixtures.checker("only-government-website").check(Fixtures.input("only-government-website"));
        Report waived = Fixtures.checker("only-government-website").toBuilder().waivers(waivers).build()
                .check(Fixtures.input("only-government-website"));
        // Issue 20: the channels XK-01 drops are one finding, not three.
        long covered = plain.findings().stream().filter(CHANNELS_XK01::covers).count();
        assertThat(covered).isEqualTo(1);
        assertThat(waived.findings()).hasSize(plain.findings().size() - 1).noneMatch(CHANNELS_XK01::covers);
        assertThat(waived.suppressedCount(SuppressedFinding.Kind.WAIVER)).isEqualTo(1);
        assertThat(waived.waiversUsed()).containsExactly(CHANNELS_XK01);
        assertThat(waived.score().value()).isGreaterThan(plain.score().value());
        assertThat(Fixtures.render(waived, "text", Locale.SIMPLIFIED_CHINESE))
                .contains("已抑制：基线 0 项，豁免 1 项", "使用的豁免（1）", "张三（县分局办公室）", "2026-12-31");

        Report late = Checker.against(Fixtures.checker("only-government-website").parent())
                .asOf(LocalDate.of(2027, 1, 1)).waivers(waivers).build().check(Fixtures.input("only-government-website"));
        assertThat(late.suppressed()).isEmpty();
        assertThat(late.waiversUsed()).isEmpty();
        assertThat(late.waiversExpired()).containsExactly(CHANNELS_XK01);
        assertThat(Fixtures.render(late, "text", Locale.SIMPLIFIED_CHINESE)).contains("已过期、不再适用的豁免（1）");
    }

    @Test
    void aWaiverOnTheExpiryDayStillApplies() {
        assertThat(CHANNELS_XK01.appliesOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(CHANNELS_XK01.appliesOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aWaiverMatchesTheCategoryByNameToo() {
        Waiver byName = new Waiver("channel.parent-channel-dropped", "建设项目环境影响评价文件审批", Optional.empty(),
                "理由", "李四", LocalDate.of(2030, 1, 1));
        Report waived = Fixtures.checker("only-government-website").toBuilder().waivers(new Waivers(List.of(byName)))
                .build().check(Fixtures.input("only-government-website"));
        assertThat(waived.suppressedCount(SuppressedFinding.Kind.WAIVER)).isEqualTo(1);
    }

    @Test
    void waiversFileIsReadAndEveryProblemLocated() throws Exception {
        String good = """
                {"waivers": [{"rule": "channel.parent-channel-dropped", "category": "XK-01", "field": "channels",
                  "reason": "本县未开通政务新媒体，已报市局备案", "approver": "张三（县分局办公室）", "expires": "2026-12-31"}]}
                """;
        Waivers read = Waivers.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "w.json");
        assertThat(read.list()).containsExactly(CHANNELS_XK01);

        String bad = """
                {"waivers": [{"rule": "no.such-rule", "category": "XK-01", "reason": "x", "approver": "y",
                  "expires": "2026-13-01"}, {"rule": "owner.missing", "category": "XK-01", "expires": "2026-12-31"},
                  {"rule": "owner.missing", "category": "XK-01", "reason": "x", "approver": "y",
                   "expires": "2026-12-31", "field": "colour"}]}
                """;
        assertThatThrownBy(() -> Waivers.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "w.json"))
                .isInstanceOfSatisfying(SuppressionFileException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.location().pointer().orElse(""))
                        .containsExactly("/waivers/0/rule", "/waivers/0/expires", "/waivers/1/reason",
                                "/waivers/1/approver", "/waivers/2/field"));
    }

    @Test
    void aBadFieldIsQuotedAsTheFileWroteIt() {
        String bad = """
                {"waivers": [{"rule": "owner.missing", "category": "XK-01", "reason": "x", "approver": "y",
                  "expires": "2026-12-31", "field": 7}, {"rule": "owner.missing", "category": "XK-01", "reason": "x",
                  "approver": "y", "expires": "2026-12-31", "field": "colour"}, "not an object"]}
                """;
        assertThatThrownBy(() -> Waivers.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "w.json"))
                .isInstanceOfSatisfying(SuppressionFileException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.messageId()).containsExactly("waivers.bad-field",
                            "waivers.bad-field", "waivers.entry-not-object");
                    assertThat(e.problems()).extracting(p -> p.arguments()).startsWith(java.util.List.of("7"),
                            java.util.List.of("\"colour\""));
                });
    }

    @Test
    void aFileThatIsNotABaselineIsRefused() {
        assertThatThrownBy(() -> Baseline.read(new ByteArrayInputStream("{\"waivers\": []}".getBytes(
                StandardCharsets.UTF_8)), "b.json")).isInstanceOf(SuppressionFileException.class)
                .hasMessageContaining("/format");
    }

    @Test
    void theSameFindingsGiveTheSameBaselineBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Baseline.of(List.of(Fixtures.check("sample-county-shortfalls"))).write(a);
        Baseline.of(List.of(Fixtures.check("sample-county-shortfalls"))).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void everyFormatCountsSuppressedFindings() {
        Report waived = Fixtures.checker("only-government-website").toBuilder()
                .waivers(new Waivers(List.of(CHANNELS_XK01))).build().check(Fixtures.input("only-government-website"));
        assertThat(Fixtures.render(waived, "json", Locale.ENGLISH)).contains("\"waiver\" : 1", "\"kind\" : \"WAIVER\"");
        assertThat(Fixtures.render(waived, "html", Locale.SIMPLIFIED_CHINESE)).contains("豁免 1 项", "张三（县分局办公室）");
        assertThat(Fixtures.render(waived, "csv", Locale.SIMPLIFIED_CHINESE)).contains("豁免：本县未开通政务新媒体");
        assertThat(Fixtures.render(waived, "junit", Locale.SIMPLIFIED_CHINESE))
                .contains("name=\"suppressed.waiver\" value=\"1\"");
        assertThat(Fixtures.render(waived, "sarif", Locale.SIMPLIFIED_CHINESE)).contains("\"suppressions\"",
                "\"suppressedByWaiver\" : 1");
    }
}
