package org.zwgk.catalogue.rules.internal.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.CategoryResult;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.Severity;

/**
 * Attributes findings to categories and computes the score: see {@link Score} for the formula. A finding belongs
 * to the alignment line whose category it names (the child's name and code for a row the child has, the parent's
 * or the 不涉及 declaration's for one it lacks); a duplicate row's findings belong to the category it repeats.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The per-category results of {@code report}, parent categories in the parent's order, then additions. */
    public static List<CategoryResult> results(Report report, List<Finding> counting) {
        return attribute(report, counting).results();
    }

    /** Findings about no category of the alignment: the catalogue as a whole, or a category no line names. */
    public static List<Finding> unattributed(Report report, List<Finding> counting) {
        return attribute(report, counting).unattributed();
    }

    /** The score of {@code report} whose counting findings are {@code counting}: each finding attributed once. */
    public static Score score(Report report, List<Finding> counting) {
        Attribution a = attribute(report, counting);
        return score(a.results(), a.unattributed());
    }

    /** The counting findings by category result, and those about no category of the alignment. */
    private record Attribution(List<CategoryResult> results, List<Finding> unattributed) {
    }

    private static Attribution attribute(Report report, List<Finding> counting) {
        List<Line> lines = lines(report);
        Map<Key, List<Line>> byKey = byKey(lines);
        Map<Line, List<Finding>> byLine = new IdentityHashMap<>();
        List<Finding> unattributed = new ArrayList<>();
        // Each finding's place among the counting ones, by identity: sorting by indexOf compared whole findings
        // n log n times per category, and hashing them costs as much (a quarter of a review re-check's CPU). Equal
        // findings may change places among themselves, which no output can tell.
        Map<Finding, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < counting.size(); i++) {
            order.putIfAbsent(counting.get(i), i);
        }
        for (Finding f : counting) {
            Line line = lineOf(byKey, f.location());
            if (line != null) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(f);
            } else {
                unattributed.add(f);
            }
        }
        Map<Category, Area> areas = new IdentityHashMap<>();
        for (Area a : report.parent().areas()) {
            for (Category c : a.categories()) {
                areas.putIfAbsent(c, a);
            }
        }
        List<CategoryResult> results = new ArrayList<>();
        for (Line line : lines) {
            if (line.match.kind() == MatchKind.DUPLICATE) {
                continue;
            }
            List<Finding> own = new ArrayList<>(byLine.getOrDefault(line, List.of()));
            for (Line dup : line.duplicates) {
                own.addAll(byLine.getOrDefault(dup, List.of()));
            }
            own.sort(Comparator.comparingInt(order::get));
            results.add(result(report, areas, line, own));
        }
        return new Attribution(List.copyOf(results), List.copyOf(unattributed));
    }

    /** The score of these results and unattributed findings. */
    public static Score score(List<CategoryResult> results, List<Finding> unattributed) {
        int n = 0;
        int met = 0;
        int points = 0;
        List<Finding> other = new ArrayList<>(unattributed);
        for (CategoryResult r : results) {
            if (r.counted()) {
                n++;
                points += r.points();
                met += r.isMet() ? 1 : 0;
            } else if (r.status() == MatchKind.ADDED) {
                other.addAll(r.findings());
            }
        }
        int otherDeduction = Math.min(Score.POINTS_PER_CATEGORY, deduction(other));
        int earned = Math.max(0, points - otherDeduction);
        int value;
        BigDecimal coverage;
        if (n == 0) {
            value = divideHalfUp(100L * Math.max(0, Score.POINTS_PER_CATEGORY - otherDeduction),
                    Score.POINTS_PER_CATEGORY);
            coverage = new BigDecimal("100.0");
        } else {
            value = divideHalfUp(100L * earned, (long) Score.POINTS_PER_CATEGORY * n);
            coverage = BigDecimal.valueOf(1000L * met).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP)
                    .movePointLeft(1).setScale(1, RoundingMode.UNNECESSARY);
        }
        return new Score(value, coverage, n, met, earned, otherDeduction);
    }

    private static int divideHalfUp(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static int deduction(List<Finding> findings) {
        int d = 0;
        for (Finding f : findings) {
            d += f.severity() == Severity.ERROR ? Score.ERROR_DEDUCTION
                    : f.severity() == Severity.WARNING ? Score.WARNING_DEDUCTION : 0;
        }
        return d;
    }

    private static CategoryResult result(Report report, Map<Category, Area> areas, Line line,
            List<Finding> findings) {
        Match m = line.match;
        boolean counted = m.parent().isPresent() && m.kind() != MatchKind.NOT_EXPECTED;
        Optional<String> reason = m.notApplicable().flatMap(NotApplicable::reason).filter(r -> !Text.isBlank(r));
        int points = 0;
        if (counted && m.kind() != MatchKind.MISSING && !(m.kind() == MatchKind.NOT_APPLICABLE && reason.isEmpty())) {
            points = Math.max(0, Score.POINTS_PER_CATEGORY - deduction(findings));
        }
        Optional<String> area;
        String name;
        Optional<String> code;
        if (m.parent().isPresent()) {
            Category p = m.parent().get();
            // The parent's own category object, by identity; an equal one only where the alignment made a copy.
            area = Optional.ofNullable(areas.get(p)).or(() -> report.parent().areaOf(p)).map(Area::name);
            name = p.name();
            code = p.code();
        } else {
            Category c = m.child().orElseThrow();
            // The alignment does not carry the child's areas; every finding about the row names it.
            area = findings.stream().map(f -> f.location().area()).flatMap(Optional::stream).findFirst();
            name = c.name();
            code = c.code();
        }
        return new CategoryResult(area, name, code, m.child().map(Category::name), m.kind(), reason, findings,
                points, counted);
    }

    /** One alignment line with the names findings use for it. */
    private static final class Line {
        final Match match;
        final List<Key> keys = new ArrayList<>();
        final List<Line> duplicates = new ArrayList<>();

        Line(Match match) {
            this.match = match;
        }
    }

    private record Key(String name, Optional<String> code) {
    }

    private static List<Line> lines(Report report) {
        List<Line> lines = new ArrayList<>();
        Map<Category, Line> byParent = new IdentityHashMap<>();
        for (Match m : report.alignment().matches()) {
            Line line = new Line(m);
            m.child().ifPresent(c -> line.keys.add(new Key(c.name(), c.code())));
            m.notApplicable().ifPresent(na -> line.keys.add(new Key(na.category(), na.code())));
            m.parent().ifPresent(p -> line.keys.add(new Key(p.name(), p.code())));
            lines.add(line);
            if (m.parent().isPresent() && m.kind() != MatchKind.DUPLICATE) {
                byParent.putIfAbsent(m.parent().get(), line);
            }
        }
        for (Line line : lines) {
            if (line.match.kind() == MatchKind.DUPLICATE) {
                Line original = byParent.get(line.match.parent().orElseThrow());
                if (original != null) {
                    original.duplicates.add(line);
                }
            }
        }
        // Parent categories in the parent's printed order, then the child's additions in its order.
        List<Line> ordered = new ArrayList<>();
        Map<Category, Boolean> seen = new IdentityHashMap<>();
        for (Area a : report.parent().areas()) {
            for (Category c : a.categories()) {
                Line line = byParent.get(c);
                if (line != null && seen.put(c, Boolean.TRUE) == null) {
                    ordered.add(line);
                }
            }
        }
        for (Line line : lines) {
            boolean parentLine = line.match.parent().isPresent() && line.match.kind() != MatchKind.DUPLICATE;
            if (parentLine && !seen.containsKey(line.match.parent().get())) {
                ordered.add(line);
            } else if (!parentLine) {
                ordered.add(line);
            }
        }
        return ordered;
    }

    /** The lines each name is a key of, in the lines' order (a line once per key). */
    private static Map<Key, List<Line>> byKey(List<Line> lines) {
        Map<Key, List<Line>> byKey = new HashMap<>();
        for (Line line : lines) {
            for (Key key : line.keys) {
                List<Line> named = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != line) {
                    named.add(line);
                }
            }
        }
        return byKey;
    }

    private static Line lineOf(Map<Key, List<Line>> byKey, FindingLocation location) {
        if (location.category().isEmpty()) {
            return null;
        }
        List<Line> candidates = byKey.getOrDefault(new Key(location.category().get(), location.code()), List.of());
        // A row the child has is preferred to a parent category of the same name.
        return candidates.stream().filter(l -> l.match.child().isPresent()).findFirst()
                .or(() -> candidates.stream().findFirst()).orElse(null);
    }
}
