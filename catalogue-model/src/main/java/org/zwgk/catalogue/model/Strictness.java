package org.zwgk.catalogue.model;

/** How one deadline compares with another: stricter, as strict, looser, or honestly not comparable. */
public enum Strictness {
    /** Always at least as early, and earlier in some case. */
    STRICTER,
    /** The same commitment. */
    AS_STRICT,
    /** Later in some case. */
    LOOSER,
    /** Different triggers or kinds, or bounds that overlap: no answer without guessing. */
    NOT_COMPARABLE;

    /** True for {@link #STRICTER} and {@link #AS_STRICT}. */
    public boolean isAtLeastAsStrict() {
        return this == STRICTER || this == AS_STRICT;
    }

    /** The answer seen from the other side. */
    public Strictness inverse() {
        return switch (this) {
            case STRICTER -> LOOSER;
            case LOOSER -> STRICTER;
            default -> this;
        };
    }

    /** Combines two answers that must both hold (e.g. the base period and the extended period). */
    public Strictness and(Strictness other) {
        if (this == NOT_COMPARABLE || other == NOT_COMPARABLE) {
            return NOT_COMPARABLE;
        }
        if (this == AS_STRICT) {
            return other;
        }
        if (other == AS_STRICT || other == this) {
            return this;
        }
        return NOT_COMPARABLE;
    }
}
