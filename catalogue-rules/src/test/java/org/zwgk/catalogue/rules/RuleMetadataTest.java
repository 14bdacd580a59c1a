package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule ids are a public contract: each has its metadata and messages in both languages. */
class RuleMetadataTest {

    static java.util.List<RuleInfo> rules() {
        return Rules.all();
    }

    @Test
    void theRuleIdsOfTheContract() {
        // The seventeen ids of 0.1.0 keep their order; issue 20 added three (0.2.0) between them and at the end.
        assertThat(Rules.all()).extracting(RuleInfo::id).containsExactly(
                "structure.required-field", "structure.duplicate-category", "coverage.missing-category",
                "coverage.not-applicable-without-reason", "coverage.local-addition", "deadline.looser-than-parent",
                "deadline.beyond-statute", "deadline.special-statute", "deadline.unrecognized",
                "legal.parent-citation-dropped", "legal.instrument-repealed", "legal.instrument-unknown",
                "legal.outdated-version", "content.parent-element-dropped", "channel.parent-channel-dropped",
                "audience.narrowed", "mode.downgraded", "owner.missing", "owner.level-mismatch",
                "consistency.mode-deadline-channel");
        assertThat(Rules.all()).filteredOn(r -> r.since().equals("0.1.0")).hasSize(17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleNamesItsLegalBasisAndAnExampleInBothLanguages(RuleInfo rule) {
        assertThat(rule.example(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(rule.example(Locale.ENGLISH));
        if (!rule.id().equals("deadline.unrecognized")) {
            assertThat(rule.bases()).as("%s rests on a provision", rule.id()).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.instrumentId()).isNotBlank());
        }
    }

    @Test
    void everyFindingMessageBelongsToExactlyOneRuleRowAndEveryRowMessageExists() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        java.util.List<String> listed = org.zwgk.catalogue.rules.internal.RuleSet.rows().stream()
                .flatMap(r -> r.messages().stream()).toList();
        assertThat(listed).doesNotHaveDuplicates();
        java.util.Set<String> findings = new java.util.TreeSet<>(zh.stringPropertyNames());
        findings.removeIf(k -> !k.startsWith("finding."));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(findings);
        for (var row : org.zwgk.catalogue.rules.internal.RuleSet.rows()) {
            assertThat(row.messages()).as(row.info().id())
                    .allSatisfy(m -> assertThat(m).startsWith("finding." + row.info().id()));
        }
    }

    @Test
    void theRulesThatLeaveAChoiceToTheLocalityNeverDefaultToError() {
        // Where the guideline or the law leaves a choice to the locality the finding is a WARNING or an INFO.
        for (String id : java.util.List.of("owner.level-mismatch", "deadline.special-statute", "legal.outdated-version",
                "consistency.mode-deadline-channel", "legal.parent-citation-dropped", "legal.instrument-repealed")) {
            assertThat(Rules.byId(id).orElseThrow().defaultSeverity()).as(id).isNotEqualTo(Severity.ERROR);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleHasTitleDescriptionAndSinceInBothLanguages(RuleInfo rule) {
        assertThat(rule.since()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(rule.title(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(rule.title(Locale.ENGLISH));
        assertThat(rule.description(Locale.SIMPLIFIED_CHINESE)).isNotBlank()
                .isNotEqualTo(rule.description(Locale.ENGLISH));
        assertThat(rule.description(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void everyMessageExistsInBothBundlesWithTheSameArguments() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        assertThat(load("messages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            for (int i = 0; i < 5; i++) {
                String arg = "{" + i + "}";
                if (zh.getProperty(key).contains(arg)) {
                    assertThat(en.getProperty(key)).as("%s uses %s in zh, so in en", key, arg).contains(arg);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMetadataTest.class.getResourceAsStream("/org/zwgk/catalogue/rules/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
