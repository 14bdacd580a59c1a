package org.zwgk.catalogue.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * What a rule is: its stable id (a public contract used by reports, profiles and pipelines), the version that
 * introduced it, its default severity and the legal reason it rests on. Title and description come from the rule
 * bundle in zh-CN or en.
 *
 * @param id              stable id, {@code family.name}
 * @param since           the library version that introduced the rule
 * @param defaultSeverity the severity unless a profile overrides it
 * @param legalBasis      the provision the rule rests on, where it rests on one
 */
public record RuleInfo(String id, String since, Severity defaultSeverity, Optional<String> legalBasis) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** The family, the part before the dot: structure, coverage, deadline, legal, content, channel ... */
    public String family() {
        return id.substring(0, id.indexOf('.'));
    }

    /** A short title in {@code locale}'s language. */
    public String title(Locale locale) {
        return RuleMessages.format(locale, "rule." + id + ".title");
    }

    /** What the rule checks and why, in {@code locale}'s language. */
    public String description(Locale locale) {
        return RuleMessages.format(locale, "rule." + id + ".description");
    }
}
