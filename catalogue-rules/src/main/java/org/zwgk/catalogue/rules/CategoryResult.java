package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one category fared: a parent category (present, declared not applicable, missing, or not expected at the
 * child's level) or a child's local addition, with the findings that concern it. This is the unit of the score,
 * of the coverage grid and of a JUnit test case.
 *
 * @param area          the area (一级事项): the parent's for a parent category, the child's for a local addition
 * @param category      the parent's category name, or the child's for a local addition
 * @param code          the category's code, where it has one
 * @param childCategory the child's name for the category, where the child has it
 * @param status        how the category was aligned ({@link MatchKind#DUPLICATE} rows count with their original)
 * @param reason        the child's reason for a 不涉及 declaration, where it gives one
 * @param findings      the findings about this category that count (not waived), in report order
 * @param points        the points the category earns out of {@link Score#POINTS_PER_CATEGORY}; 0 where not counted
 * @param counted       true when the category counts towards the score: a parent category expected of the child
 */
public record CategoryResult(Optional<String> area, String category, Optional<String> code,
        Optional<String> childCategory, MatchKind status, Optional<String> reason, List<Finding> findings,
        int points, boolean counted) {

    public CategoryResult {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(childCategory, "childCategory");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        findings = List.copyOf(findings);
    }

    /** How many of this category's findings have {@code severity}. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True for a category of the parent (not a local addition). */
    public boolean isParentCategory() {
        return status != MatchKind.ADDED;
    }

    /** True when the category counts as met for coverage: present, or declared not applicable with a reason. */
    public boolean isMet() {
        return switch (status) {
            case CODE, NAME, SIMILAR -> true;
            case NOT_APPLICABLE -> reason.isPresent();
            default -> false;
        };
    }
}
