package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Objects;

import org.zwgk.catalogue.model.Problem;

/**
 * Whether a check passed, and why not: one located, bilingual reason per input that failed
 * ({@code verdict.reaches}: a finding at or above the fail-on severity; {@code verdict.below-min-score};
 * {@code verdict.unreadable}: an input that could not be read while others could). Read warnings never change
 * a verdict: they are in every report instead.
 *
 * @param status  passed, failed, or nothing checked
 * @param reasons why the check failed, input by input in input order; empty when it passed
 */
public record Verdict(Status status, List<Problem> reasons) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    /** True when nothing failed. */
    public boolean passed() {
        return status == Status.PASSED;
    }

    /** The command line's exit code for this verdict: 0, 1 or 2. */
    public int exitCode() {
        return status.exitCode;
    }

    /** What a check came to. */
    public enum Status {
        /** Every input was checked and none failed. */
        PASSED(0),
        /** An input reached the fail-on severity, scored below the minimum, or could not be read. */
        FAILED(1),
        /** No input could be checked at all. */
        NOTHING_CHECKED(2);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }
}
