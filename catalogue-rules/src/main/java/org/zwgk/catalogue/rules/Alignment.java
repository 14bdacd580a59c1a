package org.zwgk.catalogue.rules;

import java.util.List;

/**
 * How the child's categories line up with the parent's: part of every report, so a user can see why a finding
 * is where it is. Paired categories come first in the child's order, then the parent's categories the child
 * lacks, in the parent's order.
 *
 * @param matches every line of the alignment
 * @param threshold the similarity a renamed category needed to be paired
 */
public record Alignment(List<Match> matches, double threshold) {

    public Alignment {
        matches = List.copyOf(matches);
    }

    /** The lines of one kind, in alignment order. */
    public List<Match> ofKind(MatchKind kind) {
        return matches.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The lines where a parent and a child category are compared field by field. */
    public List<Match> paired() {
        return matches.stream().filter(Match::isPaired).toList();
    }
}
