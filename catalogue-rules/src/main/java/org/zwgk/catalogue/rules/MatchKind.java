package org.zwgk.catalogue.rules;

/** How a child category was aligned to a parent category, or why it was not. */
public enum MatchKind {
    /** Same code in both catalogues. */
    CODE,
    /** Same name once characters, width, punctuation and spacing are folded. */
    NAME,
    /** A renamed category: names similar enough by the documented measure; the score says how similar. */
    SIMILAR,
    /** A child category repeating one already aligned (same code or name as an earlier row). */
    DUPLICATE,
    /** A child category with no parent counterpart: a local addition. */
    ADDED,
    /** A parent category the child declares not applicable (不涉及). */
    NOT_APPLICABLE,
    /** A parent category whose 公开层级 does not include the child's level: not expected of the child. */
    NOT_EXPECTED,
    /** A parent category the child lacks and does not declare not applicable. */
    MISSING
}
