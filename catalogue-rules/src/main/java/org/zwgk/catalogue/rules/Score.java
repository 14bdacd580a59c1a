package org.zwgk.catalogue.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The conformance score (0–100) and the coverage percentage of one report, in the spirit of the 政务公开
 * self-assessment (自评) sheets: every expected parent category is worth the same, a 不涉及 declared with its
 * reason counts as met, and deductions are capped per category.
 *
 * <ul>
 * <li>Each parent category expected of the child is worth {@value #POINTS_PER_CATEGORY} points. A missing category,
 * or one declared 不涉及 without a reason, earns 0. Any other earns {@value #POINTS_PER_CATEGORY} minus
 * {@value #ERROR_DEDUCTION} per ERROR and {@value #WARNING_DEDUCTION} per WARNING finding about it, never below 0.
 * INFO findings never deduct.</li>
 * <li>Findings about no parent category (local additions, the catalogue as a whole) deduct at the same rates
 * from one shared pool, capped at {@value #POINTS_PER_CATEGORY} points: one category's worth.</li>
 * <li>score = round(100 × (Σ category points − other deductions) / ({@value #POINTS_PER_CATEGORY} × N)), half up,
 * never below 0, where N is the number of expected parent categories; with N = 0 the score is
 * round(100 × ({@value #POINTS_PER_CATEGORY} − other deductions) / {@value #POINTS_PER_CATEGORY}).</li>
 * <li>coverage = 100 × (present + 不涉及 with a reason) / N, one decimal, half up; 100.0 when N = 0.</li>
 * <li>Waived findings do not count (an approved exception, like a declared 不涉及); findings hidden by a baseline
 * still count: a baseline gates the pipeline, it does not make the catalogue better.</li>
 * </ul>
 *
 * @param value          the conformance score, 0–100
 * @param coverage       the coverage percentage, 0.0–100.0, one decimal
 * @param expected       N, the parent categories expected of the child
 * @param met            the expected categories present or declared not applicable with a reason
 * @param earned         the points earned, after the shared deduction
 * @param otherDeduction the points deducted for findings about no parent category (at most one category's worth)
 */
public record Score(int value, BigDecimal coverage, int expected, int met, int earned, int otherDeduction) {

    /** The points one category is worth. */
    public static final int POINTS_PER_CATEGORY = 10;
    /** The points one ERROR finding deducts. */
    public static final int ERROR_DEDUCTION = 5;
    /** The points one WARNING finding deducts. */
    public static final int WARNING_DEDUCTION = 2;

    public Score {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("score " + value + " is outside 0–100");
        }
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The coverage as printed, e.g. {@code 77.8}. */
    public String coverageText() {
        return coverage.toPlainString();
    }
}
