package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.CategoryField;

/** What the findings, the alignment and the coverage say, beyond their count. */
class CheckBehaviourTest {

    @Test
    void theShortfallSampleCoverageCountsEveryParentCategoryOnce() {
        Report r = Fixtures.check("sample-county-shortfalls");
        assertThat(r.coverage()).isEqualTo(new Coverage(9, 6, 1, 2, 1, 16));
        assertThat(r.parent().declared()).contains(25);
        assertThat(r.level()).contains(AdministrativeLevel.COUNTY);
    }

    @Test
    void aMissingCategoryIsLocatedInTheParentsTermsWithItsCode() {
        Finding f = Fixtures.check("drops-licensing-keeps-city-owner").findings("coverage.missing-category").get(0);
        assertThat(f.location().category()).contains("建设项目环境影响评价文件审批");
        assertThat(f.location().code()).contains("XK-01");
        assertThat(f.location().area()).contains("行政许可");
        assertThat(f.location().source()).isEmpty();
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("建设项目环境影响评价文件审批", "XK-01", "未声明不涉及");
        assertThat(f.message(Locale.ENGLISH)).contains("is missing and not declared not applicable");
        assertThat(f.legalBasis()).hasValueSatisfying(l -> assertThat(l).contains("环办厅函〔2019〕672号"));
    }

    @Test
    void findingsPointAtTheChildsOwnRow() {
        Finding f = Fixtures.check("only-government-website").findings("channel.parent-channel-dropped").get(0);
        assertThat(f.location().source()).hasValueSatisfying(s -> {
            assertThat(s.file()).isEqualTo("only-government-website.json");
            assertThat(s.pointer()).contains("/categories/0");
        });
        assertThat(f.parentValue()).contains("政府网站、两微一端、政务服务中心、便民服务站");
        assertThat(f.childValue()).contains("政府网站");
        // One finding per category, listing every channel dropped (issue 20).
        assertThat(f.arguments()).containsExactly("建设项目环境影响评价文件审批", "两微一端、政务服务中心、便民服务站");
    }

    @Test
    void aCityOwnerInACountyCatalogueIsNoMismatchOnlyANoteToNameTheBody() {
        // Issue 20: a county bureau is the city bureau's 派出分局; 市级生态环境部门 is the template's wording.
        Finding f = Fixtures.check("drops-licensing-keeps-city-owner").findings("owner.level-mismatch").get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.messageId()).isEqualTo("finding.owner.level-mismatch.generic");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("市级生态环境部门", "模板通称");
        assertThat(f.location().field()).contains(CategoryField.OWNER);
    }

    @Test
    void aProvincialOwnerInACountyCatalogueIsAWarningNamingBothLevels() {
        Finding f = Fixtures.check("owner-levels").findings("owner.level-mismatch").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("省级生态环境部门", "县级", "不涉及");
    }

    @Test
    void aCityOwnerInADistrictOfAMunicipalityIsAboveTheUnitByTheIssuersName() {
        assertThat(Fixtures.check("owner-municipal-district").findings("owner.level-mismatch"))
                .extracting(Finding::messageId).containsOnly("finding.owner.level-mismatch.above");
    }

    @Test
    void anInsertedRowCopyingALegalBasisStaysALocalAddition() {
        Report r = Fixtures.check("inserted-row-copies-legal-basis");
        Match inserted = r.alignment().matches().stream()
                .filter(m -> m.child().map(c -> c.name().equals("环境违法案件查处进度")).orElse(false)).findFirst()
                .orElseThrow();
        assertThat(inserted.kind()).isEqualTo(MatchKind.ADDED);
        assertThat(inserted.parent()).isEmpty();
        assertThat(r.alignment().ofKind(MatchKind.CODE)).extracting(m -> m.parent().orElseThrow().code().orElseThrow())
                .contains("CF-01");
    }

    @Test
    void aRenamedCategoryIsPairedBySimilarityWithItsScoreAndATraditionalNameByName() {
        Report r = Fixtures.check("renamed-and-aliases");
        Match renamed = r.alignment().ofKind(MatchKind.SIMILAR).get(0);
        assertThat(renamed.parent().orElseThrow().code()).contains("XK-01");
        assertThat(renamed.child().orElseThrow().name()).isEqualTo("建设项目环评文件审批");
        assertThat(renamed.score()).isBetween(r.alignment().threshold(), 1.0);
        Match traditional = r.alignment().ofKind(MatchKind.NAME).get(0);
        assertThat(traditional.parent().orElseThrow().code()).contains("CF-02");
        assertThat(traditional.child().orElseThrow().name()).isEqualTo("行政處罰決定");
        assertThat(r.findings("legal.parent-citation-dropped")).as("《政府信息公开条例》 is an alias").isEmpty();
    }

    @Test
    void citingTheSuccessorKeepsTheParentCitationAndTheRepealNamesTheSuccessor() {
        Report r = Fixtures.check("cites-noise-law");
        assertThat(r.findings("legal.parent-citation-dropped")).isEmpty();
        Finding repealed = r.findings("legal.instrument-repealed").get(0);
        assertThat(repealed.message(Locale.SIMPLIFIED_CHINESE))
                .contains("《中华人民共和国环境噪声污染防治法》", "2022-06-05", "《中华人民共和国噪声污染防治法》");
    }

    @Test
    void aRepealKnownOnlyFromSecondarySourcesSaysSo() {
        Finding f = Fixtures.check("eco-code-in-force").findings("legal.instrument-repealed").get(0);
        // The citation is the parent's too, so the message says so (issue 20): the .inherited variant.
        assertThat(f.messageId()).startsWith("finding.legal.instrument-repealed.unconfirmed");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("生态环境法典", "尚未以官方文本核实");
    }

    @Test
    void deadlinesBeyondTheStatuteCiteTheArticle() {
        Report r = Fixtures.check("deadlines-beyond-statute");
        assertThat(r.findings("deadline.beyond-statute")).extracting(f -> f.legalBasis().orElseThrow())
                .containsExactly(
                        "《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条",
                        "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条",
                        "《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条");
        Finding looser = r.findings("deadline.looser-than-parent").get(0);
        assertThat(looser.parentValue()).contains("自收到申请之日起20个工作日内");
        assertThat(looser.childValue()).contains("自收到申请之日起30个工作日内");
    }

    @Test
    void aDifferentTriggerIsAWarningThatCannotCompareNotAGuess() {
        // 收到申请 against 形成或者变更: a different clock (issue 20 keeps it so).
        Finding f = Fixtures.check("outdated-2007").findings("deadline.looser-than-parent").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageId()).isEqualTo("finding.deadline.looser-than-parent.not-comparable");
    }

    @Test
    void equivalentTriggersCompareAsEqualAndAnOmittedChangeIsANotice() {
        // 制定或获取 ≡ 形成 (条例 第二条, 第二十六条): compared, and equal but for 变更.
        Finding f = Fixtures.check("made-or-obtained-trigger").findings("deadline.looser-than-parent").get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.messageId()).isEqualTo("finding.deadline.looser-than-parent.change-omitted");
        Report r = Fixtures.check("trigger-equivalences");
        assertThat(r.findings("deadline.looser-than-parent")).extracting(x -> x.location().category().orElseThrow(),
                Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple("行政处罚决定", Severity.INFO),
                org.assertj.core.groups.Tuple.tuple("行政强制决定", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("生态建设", Severity.INFO));
    }

    @Test
    void parentFieldsThatWereNeverTranscribedAreSkippedAndSaySo() {
        Report r = Fixtures.check("conforming");
        List<SkippedComparison> cf04 = r.skipped().stream().filter(s -> s.code().equals(java.util.Optional.of("CF-04")))
                .toList();
        assertThat(cf04).extracting(SkippedComparison::field)
                .contains(CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE);
        assertThat(cf04).allSatisfy(s -> assertThat(s.reasonId()).isEqualTo("skip.parent-field-absent"));
        assertThat(cf04.get(0).reason(Locale.SIMPLIFIED_CHINESE)).contains("上级目录未转录");
    }

    @Test
    void aCatalogueWithoutALevelSkipsOwnerLevelsUnlessOneIsGiven() {
        var child = Editions.byId("sample-county-shortfalls").orElseThrow().toBuilder().level(null).build();
        Report unknown = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build().check(child);
        assertThat(unknown.findings("owner.level-mismatch")).isEmpty();
        assertThat(unknown.skipped()).anyMatch(s -> s.reasonId().equals("skip.level-unknown"));
        Report given = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).level(AdministrativeLevel.COUNTY)
                .build().check(child);
        // Issue 20: seven 市级 owners in a county catalogue are one note to name the body, not seven mismatches.
        assertThat(given.findings("owner.level-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("危险废物经营许可证", "市级生态环境部门", "7"));
    }

    @Test
    void theNationalEditionCheckedAgainstItselfHasNoShortfall() {
        Report r = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build().check(Editions.national());
        assertThat(r.coverage().missing()).isZero();
        assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("coverage.")
                || f.ruleId().startsWith("content.") || f.ruleId().startsWith("channel.")
                || f.ruleId().startsWith("deadline.looser") || f.ruleId().startsWith("audience.")
                || f.ruleId().startsWith("mode."));
    }
}
