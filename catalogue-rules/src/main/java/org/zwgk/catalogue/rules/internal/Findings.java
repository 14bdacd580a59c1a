package org.zwgk.catalogue.rules.internal;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SkippedComparison;

/**
 * Where one rule reports during one check: its findings, each with the rule's id, legal basis and severity (the
 * profile's override first), and the comparisons it could not make. Made by the engine for each rule it runs.
 */
public final class Findings {

    private final RuleInfo rule;
    private final Optional<Severity> override;
    private final CheckView check;
    private final List<Finding> found;
    private final List<SkippedComparison> skipped;

    /** Findings of {@code rule} about {@code check}, added to {@code found} and {@code skipped}. */
    Findings(RuleInfo rule, Optional<Severity> override, CheckView check, List<Finding> found,
            List<SkippedComparison> skipped) {
        this.rule = rule;
        this.override = override;
        this.check = check;
        this.found = found;
        this.skipped = skipped;
    }

    /** A finding about {@code field} of a child category. */
    public Builder at(Category category, CategoryField field) {
        return new Builder(check.location(category, field));
    }

    /** A finding about a child category as a whole. */
    public Builder at(Category category) {
        return new Builder(check.location(category));
    }

    /** A finding about a parent category the child lacks: located in the parent's terms. */
    public Builder atParent(Category category) {
        return new Builder(check.parentLocation(category));
    }

    /** A finding at an explicit location. */
    public Builder at(FindingLocation location) {
        return new Builder(location);
    }

    /** Records that {@code field} of a parent category was not compared, and why. */
    public void skip(Category parentCategory, CategoryField field, String reasonId, Object... args) {
        skipped.add(new SkippedComparison(rule.id(), Optional.of(parentCategory.name()), parentCategory.code(),
                field, reasonId, strings(args)));
    }

    /** Records that a comparison about the whole catalogue was not made, and why. */
    public void skipCatalogue(CategoryField field, String reasonId, Object... args) {
        skipped.add(new SkippedComparison(rule.id(), Optional.empty(), Optional.empty(), field, reasonId,
                strings(args)));
    }

    /** The arguments of a message as the strings it shows; a finding is made for every shortfall of a check. */
    private static List<String> strings(Object... args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return List.of(out);
    }

    /** Builds one finding of the rule. */
    public final class Builder {
        private final FindingLocation location;
        private Optional<String> parentValue = Optional.empty();
        private Optional<String> childValue = Optional.empty();
        private Optional<String> legalBasis;
        private Optional<Severity> severity = Optional.empty();

        private Builder(FindingLocation location) {
            this.location = location;
            this.legalBasis = rule.legalBasis();
        }

        public Builder parentValue(String value) {
            this.parentValue = value.isEmpty() ? Optional.empty() : Optional.of(value);
            return this;
        }

        public Builder childValue(String value) {
            this.childValue = value.isEmpty() ? Optional.empty() : Optional.of(value);
            return this;
        }

        public Builder legalBasis(String value) {
            this.legalBasis = Optional.of(value);
            return this;
        }

        /** A severity other than the rule's default for this finding; a profile's override still wins. */
        public Builder severity(Severity value) {
            this.severity = Optional.of(value);
            return this;
        }

        /** Reports the finding with message {@code messageId} and its arguments. */
        public void report(String messageId, Object... args) {
            Severity s = override.isPresent() ? override.get()
                    : severity.isPresent() ? severity.get() : rule.defaultSeverity();
            found.add(new Finding(rule.id(), s, location, messageId, strings(args), parentValue, childValue,
                    legalBasis));
        }
    }
}
