package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.Fingerprints;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * One thing a rule found: which rule, how serious, where, the values compared and the legal reason. The message
 * is rendered from the rule bundle in the language asked for, so one finding serves zh-CN and en reports.
 *
 * @param ruleId      the stable rule id, e.g. {@code coverage.missing-category}
 * @param severity    the severity after the profile was applied
 * @param location    where the finding is
 * @param messageId   the bundle key of the message
 * @param arguments   the specific values the message names, in order
 * @param parentValue the parent's value, as printed, where the rule compares one
 * @param childValue  the child's value, as printed, where the rule compares one
 * @param legalBasis  the provision the rule rests on, cited in Chinese as the law is printed
 */
public record Finding(String ruleId, Severity severity, FindingLocation location, String messageId,
        List<String> arguments, Optional<String> parentValue, Optional<String> childValue,
        Optional<String> legalBasis) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageId, "messageId");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(parentValue, "parentValue");
        Objects.requireNonNull(childValue, "childValue");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** The message in {@code locale}'s language (English for {@code en}, simplified Chinese otherwise). */
    public String message(Locale locale) {
        return RuleMessages.format(locale, messageId, arguments.toArray());
    }

    /**
     * A stable fingerprint: the first 16 hex digits of the SHA-256 of the rule id, the category's code (its name
     * where it has none), the field and the message arguments. Row numbers and severities are left out, so
     * inserting a row above or changing a profile does not change it; a baseline matches findings by it.
     */
    public String fingerprint() {
        return Fingerprints.of(this);
    }

    /** The same finding with another severity (a profile's override). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, messageId, arguments, parentValue, childValue, legalBasis);
    }
}
