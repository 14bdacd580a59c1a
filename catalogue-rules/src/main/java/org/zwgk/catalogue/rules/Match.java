package org.zwgk.catalogue.rules;

import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * One line of the alignment: a parent category, a child category, or both, and how they were paired.
 *
 * @param parent        the parent's category (empty for a local addition)
 * @param child         the child's category (empty for a missing, not-applicable or not-expected category)
 * @param notApplicable the child's 不涉及 declaration, for {@link MatchKind#NOT_APPLICABLE}
 * @param kind          how they were paired
 * @param score         the name similarity, 1.0 for code and name matches, 0 where nothing was paired
 * @param source        where the child's row is in its file
 */
public record Match(Optional<Category> parent, Optional<Category> child, Optional<NotApplicable> notApplicable,
        MatchKind kind, double score, Optional<SourceLocation> source) {

    public Match {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(notApplicable, "notApplicable");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** True when both a parent and a child category are present and their fields are compared. */
    public boolean isPaired() {
        return kind == MatchKind.CODE || kind == MatchKind.NAME || kind == MatchKind.SIMILAR;
    }
}
