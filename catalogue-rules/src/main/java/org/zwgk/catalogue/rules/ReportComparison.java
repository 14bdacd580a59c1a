package org.zwgk.catalogue.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two versions of one catalogue compared by their reports: the findings new in the later version, those fixed
 * since the earlier one, and those in both. Findings are matched by {@link Finding#fingerprint()} as a
 * {@link Baseline} matches them (rule, category, field and message arguments, never rows), so moving a row does
 * not make its findings new; a fingerprint found twice in one version counts twice.
 *
 * @param added     findings of the later report with no match in the earlier, in report order
 * @param fixed     findings of the earlier report with no match in the later, in report order
 * @param unchanged findings of the later report that the earlier one had too, in report order
 */
public record ReportComparison(List<Finding> added, List<Finding> fixed, List<Finding> unchanged) {

    public ReportComparison {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        unchanged = List.copyOf(unchanged);
    }

    /** Compares the active findings of {@code earlier} and {@code later}. */
    public static ReportComparison between(Report earlier, Report later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Map<String, Integer> before = counts(earlier.findings());
        List<Finding> added = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        for (Finding f : later.findings()) {
            if (before.merge(f.fingerprint(), -1, Integer::sum) >= 0) {
                unchanged.add(f);
            } else {
                added.add(f);
            }
        }
        Map<String, Integer> after = counts(later.findings());
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : earlier.findings()) {
            if (after.merge(f.fingerprint(), -1, Integer::sum) < 0) {
                fixed.add(f);
            }
        }
        return new ReportComparison(added, fixed, unchanged);
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(f.fingerprint(), 1, Integer::sum);
        }
        return counts;
    }
}
