package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/** Every reader message exists in Chinese and English, with the same placeholders, and renders. */
class MessagesTest {

    private static final String BASE = "/org/zwgk/catalogue/io/messages";
    private static final Set<String> REQUIRED = Set.of("io.no-header", "io.corrupt-workbook", "io.encrypted-workbook",
            "io.unknown-format", "io.empty-file", "io.bad-cell");

    @Test
    void everyIdIsInBothLanguagesWithTheSamePlaceholders() {
        Properties root = load(BASE + ".properties");
        Properties zh = load(BASE + "_zh_CN.properties");
        Properties en = load(BASE + "_en.properties");

        assertThat(root.stringPropertyNames()).containsAll(REQUIRED);
        assertThat(zh.stringPropertyNames()).isEqualTo(root.stringPropertyNames());
        assertThat(en.stringPropertyNames()).isEqualTo(root.stringPropertyNames());
        for (String id : root.stringPropertyNames()) {
            assertThat(IoMessages.messages().hasBoth(id)).as(id).isTrue();
            assertThat(placeholders(en.getProperty(id))).as(id).isEqualTo(placeholders(zh.getProperty(id)));
            assertThat(zh.getProperty(id)).as(id).containsPattern("\\p{IsHan}");
            Problem p = IoMessages.problem(id, SourceLocation.ofFile("f.xlsx"), "甲", "乙");
            assertThat(p.messageZh()).as(id).doesNotContain("{0}", "{1}");
            assertThat(p.messageEn()).as(id).doesNotContain("{0}", "{1}").isNotEqualTo(p.messageZh());
            assertThat(p.describe(Locale.ENGLISH)).startsWith("f.xlsx: [" + id + "] ");
        }
    }

    private static Set<String> placeholders(String message) {
        return Set.copyOf(java.util.regex.Pattern.compile("\\{\\d+}").matcher(message).results()
                .map(java.util.regex.MatchResult::group).toList());
    }

    private static Properties load(String resource) {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
