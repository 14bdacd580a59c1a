package org.zwgk.catalogue.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.rules.Alignment;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;

/**
 * Pairs child categories with parent categories: by code where both have one, else by folded name, else by name
 * similarity ({@link Names}) at or above {@link Names#THRESHOLD}, best pairs first. Legal bases and content are
 * never used to pair, so a row a locality inserted stays a local addition even when it copies a parent row's
 * legal basis; and two rows with different codes are never paired by similarity. Parent categories left over are
 * declared not applicable (matched the same way against the child's 不涉及 list), not expected at the child's
 * level, or missing.
 */
public final class Aligner {

    /**
     * At most this many name pairs are scored for similarity (each a small bigram-set intersection). Beyond it
     * — two huge catalogues with few shared codes or names — similarity pairing is skipped and the report says
     * so, rather than spending quadratic time.
     */
    public static final long MAX_SIMILARITY_PAIRS = 4_000_000L;

    /** An alignment, and whether similarity pairing was skipped because of {@link #MAX_SIMILARITY_PAIRS}. */
    public record Result(Alignment alignment, boolean similarityCapped, long unmatchedChildren, long unmatchedParents) {
    }

    private Aligner() {
    }

    /**
     * Aligns {@code child}, whose categories and their keys are {@code rows}, to the parent's categories as
     * {@code facts} index them.
     */
    static Result align(ParentFacts facts, Catalogue child, ChildRows rows, Optional<AdministrativeLevel> level) {
        List<Category> ps = facts.categories();
        List<Names.Key> pKeys = facts.nameKeys();
        List<Category> cs = rows.categories();
        Match[] childMatch = new Match[cs.size()];
        boolean[] taken = new boolean[ps.size()];
        ChildRows.Row[] cRows = new ChildRows.Row[cs.size()];
        for (int ci = 0; ci < cs.size(); ci++) {
            cRows[ci] = rows.at(ci);
        }

        for (int ci = 0; ci < cs.size(); ci++) {
            Category c = cs.get(ci);
            Integer pi = c.code().isPresent() ? facts.indexOfCode(c.code().get()) : null;
            if (pi != null) {
                childMatch[ci] = pair(ps.get(pi), c, taken[pi] ? MatchKind.DUPLICATE : MatchKind.CODE, 1.0,
                        cRows[ci]);
                taken[pi] = true;
            }
        }
        for (int ci = 0; ci < cs.size(); ci++) {
            if (childMatch[ci] != null) {
                continue;
            }
            Integer pi = facts.indexOfNameKey(cRows[ci].nameKey().text());
            if (pi != null && !codesDiffer(ps.get(pi), cs.get(ci))) {
                childMatch[ci] = pair(ps.get(pi), cs.get(ci), taken[pi] ? MatchKind.DUPLICATE : MatchKind.NAME,
                        1.0, cRows[ci]);
                taken[pi] = true;
            }
        }

        record Candidate(double score, int child, int parent) {
        }
        long unmatchedChildren = 0;
        for (Match m : childMatch) {
            unmatchedChildren += m == null ? 1 : 0;
        }
        long unmatchedParents = 0;
        for (boolean t : taken) {
            unmatchedParents += t ? 0 : 1;
        }
        boolean capped = unmatchedChildren * unmatchedParents > MAX_SIMILARITY_PAIRS;
        List<Candidate> candidates = new ArrayList<>();
        for (int ci = 0; ci < cs.size() && !capped; ci++) {
            if (childMatch[ci] != null) {
                continue;
            }
            Names.Key key = cRows[ci].nameKey();
            Optional<String> code = cs.get(ci).code();
            for (int pi = 0; pi < ps.size(); pi++) {
                if (taken[pi] || code.isPresent() && codesDiffer(ps.get(pi), cs.get(ci))) {
                    continue;
                }
                double score = key.dice(pKeys.get(pi));
                if (score >= Names.THRESHOLD) {
                    candidates.add(new Candidate(score, ci, pi));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::child).thenComparingInt(Candidate::parent));
        for (Candidate k : candidates) {
            if (childMatch[k.child()] == null && !taken[k.parent()]) {
                childMatch[k.child()] = pair(ps.get(k.parent()), cs.get(k.child()), MatchKind.SIMILAR,
                        round(k.score()), cRows[k.child()]);
                taken[k.parent()] = true;
            }
        }

        List<Match> matches = new ArrayList<>(cs.size() + (int) unmatchedParents);
        for (int ci = 0; ci < cs.size(); ci++) {
            Category c = cs.get(ci);
            matches.add(childMatch[ci] != null ? childMatch[ci]
                    : new Match(Optional.empty(), Optional.of(c), Optional.empty(), MatchKind.ADDED, 0,
                            cRows[ci].location()));
        }
        List<NotApplicable> declared = new ArrayList<>(child.notApplicable());
        for (int pi = 0; pi < ps.size(); pi++) {
            if (taken[pi]) {
                continue;
            }
            Category p = ps.get(pi);
            Optional<NotApplicable> na = takeDeclaration(p, pKeys.get(pi), declared);
            MatchKind kind = na.isPresent() ? MatchKind.NOT_APPLICABLE
                    : notExpected(p, level) ? MatchKind.NOT_EXPECTED : MatchKind.MISSING;
            matches.add(new Match(Optional.of(p), Optional.empty(), na, kind, 0, Optional.empty()));
        }
        return new Result(new Alignment(matches, Names.THRESHOLD), capped, unmatchedChildren, unmatchedParents);
    }

    private static boolean codesDiffer(Category p, Category c) {
        return p.code().isPresent() && c.code().isPresent() && !p.code().equals(c.code());
    }

    private static boolean notExpected(Category p, Optional<AdministrativeLevel> level) {
        return level.isPresent() && !p.levels().isEmpty() && !p.levels().contains(level.get());
    }

    private static Optional<NotApplicable> takeDeclaration(Category p, Names.Key key, List<NotApplicable> declared) {
        NotApplicable best = null;
        double bestScore = 0;
        for (NotApplicable na : declared) {
            double score;
            if (p.code().isPresent() && na.code().isPresent()) {
                score = p.code().equals(na.code()) ? 1.0 : 0;
            } else {
                score = Names.keyOf(na.category()).similarity(key);
            }
            if (score >= Names.THRESHOLD && score > bestScore) {
                best = na;
                bestScore = score;
            }
        }
        if (best != null) {
            declared.remove(best);
        }
        return Optional.ofNullable(best);
    }

    private static Match pair(Category p, Category c, MatchKind kind, double score, ChildRows.Row row) {
        return new Match(Optional.of(p), Optional.of(c), Optional.empty(), kind, score, row.location());
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
