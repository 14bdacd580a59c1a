package org.zwgk.catalogue.rules;

import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.RuleMessages;

/** How serious a finding is. Ordered from the most to the least serious. */
public enum Severity {
    /** The child falls below its parent or the law: the catalogue must be corrected. */
    ERROR,
    /** Probably wrong, or cannot be confirmed: a person should look. */
    WARNING,
    /** Worth knowing; not a shortfall. */
    INFO;

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The severity for {@code error}, {@code warning} or {@code info} in any case. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The name people read: 错误, 警告, 提示 in Chinese; Error, Warning, Info in English. */
    public String label(Locale locale) {
        return RuleMessages.format(locale, "severity." + name());
    }

    /** The lower-case name used in profiles and command-line options. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
