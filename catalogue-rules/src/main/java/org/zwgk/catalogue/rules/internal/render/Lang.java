package org.zwgk.catalogue.rules.internal.render;

import java.util.Locale;

import org.zwgk.catalogue.rules.internal.RuleMessages;

/** The report language: English for {@code en}, simplified Chinese for everything else. */
final class Lang {

    private Lang() {
    }

    static String tag(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    static String t(Locale locale, String id, Object... args) {
        return RuleMessages.format(locale, id, args);
    }
}
