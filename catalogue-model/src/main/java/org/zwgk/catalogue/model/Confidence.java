package org.zwgk.catalogue.model;

import java.util.Locale;
import java.util.Optional;

/** How sure a transcription is, as stated by the data's source notes. */
public enum Confidence {
    /** Official text, or two or more consistent independent copies. */
    HIGH,
    /** A single secondary copy, or consistent secondary copies for a fact reached by inference. */
    MEDIUM,
    /** Could not be verified. */
    LOW;

    /** The lower-case name used in data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads high / medium / low in any case. */
    public static Optional<Confidence> fromKey(String key) {
        for (Confidence c : values()) {
            if (c.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
