package org.zwgk.catalogue.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding kept out of the active findings, and why: a baseline recorded it, or a waiver covers it. Reports count
 * and list suppressed findings; nothing is dropped silently.
 *
 * @param finding the finding
 * @param kind    why it is suppressed
 * @param waiver  the waiver, for {@link Kind#WAIVER}
 */
public record SuppressedFinding(Finding finding, Kind kind, Optional<Waiver> waiver) {

    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(waiver, "waiver");
        if ((kind == Kind.WAIVER) != waiver.isPresent()) {
            throw new IllegalArgumentException("a waived finding names its waiver, a baselined one none");
        }
    }

    /** Why a finding is suppressed. */
    public enum Kind {
        /** Recorded in the baseline: known before, so it does not fail the run; it still counts in the score. */
        BASELINE,
        /** Covered by an unexpired waiver: an approved exception; it does not count in the score. */
        WAIVER
    }
}
