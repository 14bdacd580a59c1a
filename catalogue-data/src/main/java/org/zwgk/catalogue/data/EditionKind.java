package org.zwgk.catalogue.data;

/** What a bundled edition is. */
public enum EditionKind {
    /** The national guideline's 标准目录. */
    NATIONAL,
    /** A provincial guideline. */
    PROVINCIAL,
    /** A locality's catalogue, or the commitments a locality's documents state. */
    LOCALITY,
    /** An example catalogue made for examples and tests, not a real locality's. */
    SAMPLE
}
