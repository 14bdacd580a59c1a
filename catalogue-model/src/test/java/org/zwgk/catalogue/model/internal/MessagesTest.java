package org.zwgk.catalogue.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

/** Bundles are UTF-8 properties files: English for en, Chinese (zh_CN, then the default file) for the rest. */
class MessagesTest {

    private static final Messages JSON = Messages.of("org.zwgk.catalogue.model.json.messages", MessagesTest.class);

    @Test
    void rendersEachLanguageWithItsArguments() {
        assertThat(JSON.format(Locale.ENGLISH, "json.value.blank", "/name")).isEqualTo("/name: the value is blank");
        assertThat(JSON.format(Locale.SIMPLIFIED_CHINESE, "json.value.blank", "/name")).isEqualTo("/name：值为空");
        assertThat(JSON.format(Locale.GERMAN, "json.root.object")).isEqualTo("JSON 顶层必须是对象");
    }

    @Test
    void anIdInBothLanguagesIsReportedAsSuch() {
        assertThat(JSON.hasBoth("json.syntax")).isTrue();
        assertThat(JSON.hasBoth("json.nonexistent")).isFalse();
        assertThatThrownBy(() -> JSON.format(Locale.ENGLISH, "json.nonexistent"))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void anIdOnlyInTheChineseDefaultFileIsNotInEnglish() {
        Messages onlyDefault = Messages.of("test.messages", name -> name.equals("/test/messages.properties")
                ? new ByteArrayInputStream("a=甲\nb={0}乙\n".getBytes(StandardCharsets.UTF_8)) : null);
        assertThat(onlyDefault.format(Locale.CHINA, "b", 2)).isEqualTo("2乙");
        assertThat(onlyDefault.format(Locale.ENGLISH, "a")).as("English falls back to the default file").isEqualTo("甲");
        assertThat(onlyDefault.hasBoth("a")).isFalse();
    }
}
