package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * A comparison the check did not make, and why: a parent field that was never transcribed is never compared,
 * and the report says so rather than staying silent.
 *
 * @param ruleId    the rule that would have compared
 * @param category  the parent's category name, where the comparison concerns one
 * @param code      its code
 * @param field     the field not compared
 * @param reasonId  the bundle key of the reason
 * @param arguments the values the reason names
 */
public record SkippedComparison(String ruleId, Optional<String> category, Optional<String> code,
        CategoryField field, String reasonId, List<String> arguments) {

    public SkippedComparison {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reasonId, "reasonId");
        arguments = List.copyOf(arguments);
    }

    /** The reason in {@code locale}'s language. */
    public String reason(Locale locale) {
        return RuleMessages.format(locale, reasonId, arguments.toArray());
    }
}
