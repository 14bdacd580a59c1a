package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.LegalReference;

/**
 * The legal-instrument registry: lookup by id or any alias (with or without 《》, the 中华人民共和国 prefix, or
 * version qualifiers), status on a date, successor, key provisions. Immutable and thread-safe.
 */
public final class LegalRegistry {

    private LegalRegistry() {
    }

    /** The registry bundled with this library (cached). */
    public static LegalRegistry bundled() {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }

    /** Every instrument, in registry order. */
    public List<LegalInstrument> instruments() {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }

    /** The instrument with this id. */
    public Optional<LegalInstrument> byId(String id) {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }

    /** Resolves a parsed citation; uses its title, then its document number. */
    public Resolution resolve(LegalReference reference) {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }

    /** Resolves a citation as written, e.g. 《环境保护法》 or 国令第711号. */
    public Resolution resolve(String citation) {
        throw new UnsupportedOperationException("catalogue-data: not implemented yet");
    }
}
