package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.LegalReference;

/**
 * What a citation resolves to in the registry.
 *
 * @param reference  the citation
 * @param outcome    resolved, ambiguous or unknown
 * @param instrument the instrument, when resolved
 * @param candidates the instruments it may mean, when ambiguous
 */
public record Resolution(LegalReference reference, Outcome outcome, Optional<LegalInstrument> instrument,
        List<LegalInstrument> candidates) {

    public Resolution {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(instrument, "instrument");
        candidates = List.copyOf(candidates);
    }

    /** The result of resolving a citation. */
    public enum Outcome {
        /** Exactly one instrument. */
        RESOLVED,
        /** Several instruments share the title (e.g. 国务院关于取消和下放一批行政审批项目的决定). */
        AMBIGUOUS,
        /** No instrument in the registry. */
        UNKNOWN
    }
}
