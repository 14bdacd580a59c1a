package org.zwgk.catalogue.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;

/**
 * An approved exception: findings of one rule about one category (and, where named, one field) are suppressed
 * until the waiver expires. Every waiver names who approved it and why; an expired waiver stops applying, judged
 * on the check's date ({@code --as-of}), so exceptions are reviewed rather than forgotten.
 *
 * @param rule     the rule id, e.g. {@code channel.parent-channel-dropped}
 * @param category the category's code or name as the finding names it (e.g. {@code XK-01} or 行政处罚决定)
 * @param field    the field, where the waiver is narrower than the whole category
 * @param reason   why the finding is accepted
 * @param approver who approved the exception
 * @param expires  the last day the waiver applies
 */
public record Waiver(String rule, String category, Optional<CategoryField> field, String reason, String approver,
        LocalDate expires) {

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(expires, "expires");
    }

    /** True when the waiver still applies on {@code date} (its expiry day included). */
    public boolean appliesOn(LocalDate date) {
        return !date.isAfter(expires);
    }

    /** True when the waiver names this finding: same rule, its category's code or name, and its field if named. */
    public boolean covers(Finding finding) {
        if (!finding.ruleId().equals(rule)) {
            return false;
        }
        String wanted = category.strip();
        boolean sameCategory = finding.location().code().filter(wanted::equals).isPresent()
                || finding.location().category().filter(c -> c.strip().equals(wanted)).isPresent();
        return sameCategory && (field.isEmpty() || finding.location().field().equals(field));
    }
}
