package org.zwgk.catalogue.rules.internal.render;

import java.util.Locale;

import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/** The report language: English for {@code en}, simplified Chinese for everything else. */
final class Lang {

    private Lang() {
    }

    static String tag(Locale locale) {
        return en(locale) ? "en" : "zh-CN";
    }

    static boolean en(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static String t(Locale locale, String id, Object... args) {
        return RuleMessages.format(locale, id, args);
    }

    /** One line describing a waiver. */
    static String waiver(Locale locale, org.zwgk.catalogue.rules.Waiver w) {
        return t(locale, "report.waiver", w.rule(), w.category(), w.field().map(f -> " › " + field(locale, f)).orElse(""),
                w.reason(), w.approver(), w.expires().toString());
    }

    /** The line counting suppressed findings. */
    static String suppressed(Locale locale, org.zwgk.catalogue.rules.Report r) {
        return t(locale, "report.suppressed", r.suppressedCount(org.zwgk.catalogue.rules.SuppressedFinding.Kind.BASELINE),
                r.suppressedCount(org.zwgk.catalogue.rules.SuppressedFinding.Kind.WAIVER));
    }

    /** A field's name: the printed column header in Chinese, its JSON name in English. */
    static String field(Locale locale, CategoryField field) {
        return en(locale) ? field.jsonName() : field.label();
    }
}
