package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.LegalReference;

/**
 * What a citation resolves to in the registry.
 *
 * @param reference      the citation
 * @param outcome        resolved, ambiguous or unknown
 * @param instrument     the instrument, when resolved
 * @param candidates     the instruments it may mean, when ambiguous
 * @param matchedVersion the version the citation's document number or version qualifier names, where it names
 *                       one (国务院令第492号 → the 2007 text of the 政府信息公开条例)
 */
public record Resolution(LegalReference reference, Outcome outcome, Optional<LegalInstrument> instrument,
        List<LegalInstrument> candidates, Optional<InstrumentVersion> matchedVersion) {

    public Resolution {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(instrument, "instrument");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(matchedVersion, "matchedVersion");
    }

    /** A resolution that names no particular version. */
    public Resolution(LegalReference reference, Outcome outcome, Optional<LegalInstrument> instrument,
            List<LegalInstrument> candidates) {
        this(reference, outcome, instrument, candidates, Optional.empty());
    }

    /** True when exactly one instrument was found. */
    public boolean isResolved() {
        return outcome == Outcome.RESOLVED;
    }

    /**
     * True when the citation names a version that a later version in the registry replaced, e.g.
     * 《政府信息公开条例》(国务院令第492号), the 2007 text superseded by 国务院令第711号 (2019).
     */
    public boolean citesSupersededVersion() {
        return instrument.isPresent() && matchedVersion.isPresent()
                && !instrument.get().latestVersion().equals(matchedVersion);
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
