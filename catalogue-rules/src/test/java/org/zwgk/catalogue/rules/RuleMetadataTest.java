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
    void theSeventeenRuleIdsOfTheContract() {
        assertThat(Rules.all()).extracting(RuleInfo::id).containsExactly(
                "structure.required-field", "structure.duplicate-category", "coverage.missing-category",
                "coverage.not-applicable-without-reason", "coverage.local-addition", "deadline.looser-than-parent",
                "deadline.beyond-statute", "deadline.unrecognized", "legal.parent-citation-dropped",
                "legal.instrument-repealed", "legal.instrument-unknown", "content.parent-element-dropped",
                "channel.parent-channel-dropped", "audience.narrowed", "mode.downgraded", "owner.missing",
                "owner.level-mismatch");
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
