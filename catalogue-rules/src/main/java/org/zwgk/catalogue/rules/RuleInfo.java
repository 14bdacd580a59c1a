package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * What a rule is: its stable id (a public contract used by reports, profiles and pipelines), the version that
 * introduced it, its default severity and the legal reason it rests on. Title, description and example come from
 * the rule bundle in zh-CN or en.
 *
 * @param id              stable id, {@code family.name}
 * @param since           the library version that introduced the rule
 * @param defaultSeverity the severity unless a profile overrides it
 * @param legalBasis      the provisions the rule rests on as printed, where it rests on one
 * @param bases           the provisions the rule rests on, each with its instrument id, article and verification
 */
public record RuleInfo(String id, String since, Severity defaultSeverity, Optional<String> legalBasis,
        List<RuleBasis> bases) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(legalBasis, "legalBasis");
        bases = List.copyOf(bases);
    }

    /** A rule as first published with the API: its legal basis as printed text only. */
    public RuleInfo(String id, String since, Severity defaultSeverity, Optional<String> legalBasis) {
        this(id, since, defaultSeverity, legalBasis, List.of());
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

    /** A catalogue row the rule reports on, and what it says, in {@code locale}'s language. */
    public String example(Locale locale) {
        return RuleMessages.format(locale, "rule." + id + ".example");
    }

    /** True when every provision the rule rests on was read on a primary text. */
    public boolean restsOnPrimaryText() {
        return !bases.isEmpty() && bases.stream().allMatch(RuleBasis::primaryText);
    }
}
