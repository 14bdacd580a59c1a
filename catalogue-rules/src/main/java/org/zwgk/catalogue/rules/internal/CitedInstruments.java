package org.zwgk.catalogue.rules.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.model.LegalReference;

/**
 * What one check knows of each citation it meets: the registry's resolution, the citation's key, the status of its
 * instrument on the check date and its printed text, each worked out on first use. The rows of a catalogue share
 * their parsed citation objects and three rules ask after each, so this is by identity and lives as long as one
 * check. Used by one thread.
 */
public final class CitedInstruments {

    private final ParentFacts facts;
    /** Sized for the few dozen instruments a catalogue cites, so that the map does not grow during a check. */
    private final Map<LegalReference, Cited> cited = new IdentityHashMap<>(64);

    CitedInstruments(ParentFacts facts) {
        this.facts = facts;
    }

    private static final class Cited {
        private final Resolution resolution;
        private String key;
        private String printed;
        private InstrumentStatus status;

        private Cited(Resolution resolution) {
            this.resolution = resolution;
        }
    }

    private Cited cited(LegalReference reference) {
        Cited known = cited.get(reference);
        if (known == null) {
            known = new Cited(facts.registry().resolve(reference));
            cited.put(reference, known);
        }
        return known;
    }

    /** The registry's resolution of a citation. */
    public Resolution resolve(LegalReference reference) {
        return cited(reference).resolution;
    }

    /** {@link Citations#key} of a citation. */
    public String key(LegalReference reference) {
        Cited c = cited(reference);
        if (c.key == null) {
            c.key = c.resolution.instrument().isPresent()
                    ? facts.citationKey(c.resolution.instrument().get())
                    : Citations.key(c.resolution, reference);
        }
        return c.key;
    }

    /** The status on the check's date of the instrument a citation resolves to; empty where it resolves to none. */
    public Optional<InstrumentStatus> status(LegalReference reference) {
        Cited c = cited(reference);
        if (c.resolution.instrument().isEmpty()) {
            return Optional.empty();
        }
        if (c.status == null) {
            c.status = facts.status(c.resolution.instrument().get());
        }
        return Optional.of(c.status);
    }

    /** {@link LegalReference#printed} of a citation, which builds the text anew on every call. */
    public String printed(LegalReference reference) {
        Cited c = cited(reference);
        if (c.printed == null) {
            c.printed = reference.printed();
        }
        return c.printed;
    }
}
