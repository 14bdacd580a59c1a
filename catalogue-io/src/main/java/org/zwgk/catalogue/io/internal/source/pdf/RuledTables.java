package org.zwgk.catalogue.io.internal.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zwgk.catalogue.io.internal.grid.Region;

/**
 * Finds the ruled tables of a page from its ruling lines, as tabula's lattice mode does: lines that cross or touch
 * form a table; its horizontal lines' rows and vertical lines' columns are the cell edges; where a cell edge has
 * no line, the cells on both sides are one merged cell. Each glyph goes to the cell its centre lies in; glyphs in
 * no table above a table are its caption (the title, a filler line).
 */
final class RuledTables {

    private RuledTables() {
    }

    /** The tables of page {@code page} (1-based), top to bottom. */
    static List<PageTable> find(int page, List<Segment> rulings, List<Glyph> glyphs) {
        List<Segment> lines = merged(rulings);
        List<List<Segment>> groups = connected(lines);
        List<Frame> frames = new ArrayList<>();
        for (List<Segment> group : groups) {
            List<Float> ys = cluster(group.stream().filter(Segment::isHorizontal).map(Segment::y1).toList());
            List<Float> xs = cluster(group.stream().filter(Segment::isVertical).map(Segment::x1).toList());
            if (ys.size() >= 2 && xs.size() >= 2) {
                frames.add(new Frame(group, xs, ys));
            }
        }
        frames.sort(Comparator.comparingDouble(f -> f.ys.get(0)));
        Map<Frame, List<Glyph>> inside = new HashMap<>();
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            Frame holder = frames.stream().filter(f -> f.contains(g)).findFirst().orElse(null);
            if (holder == null) {
                outside.add(g);
            } else {
                inside.computeIfAbsent(holder, k -> new ArrayList<>()).add(g);
            }
        }
        List<PageTable> tables = new ArrayList<>();
        float above = -Float.MAX_VALUE;
        for (Frame f : frames) {
            float top = f.ys.get(0);
            float from = above;
            List<String> caption = TextLines.lines(outside.stream()
                    .filter(g -> g.centerY() < top && g.centerY() > from).toList()).stream()
                    .map(TextLines::text).filter(s -> !s.isEmpty()).toList();
            tables.add(f.table(page, tables.size() + 1, inside.getOrDefault(f, List.of()), caption));
            above = f.ys.get(f.ys.size() - 1);
        }
        return tables;
    }

    /** Collinear lines that overlap or touch, joined into one. */
    static List<Segment> merged(List<Segment> rulings) {
        List<Segment> out = new ArrayList<>();
        List<Segment> h = new ArrayList<>(rulings.stream().filter(Segment::isHorizontal).toList());
        h.sort(Comparator.comparingDouble(Segment::y1).thenComparingDouble(Segment::x1));
        Segment run = null;
        for (Segment s : h) {
            if (run != null && Math.abs(s.y1() - run.y1()) <= Segment.TOLERANCE / 2
                    && s.x1() <= run.x2() + Segment.TOLERANCE) {
                run = Segment.horizontal(run.y1(), run.x1(), Math.max(run.x2(), s.x2()));
            } else {
                if (run != null) {
                    out.add(run);
                }
                run = s;
            }
        }
        if (run != null) {
            out.add(run);
        }
        List<Segment> v = new ArrayList<>(rulings.stream().filter(Segment::isVertical).toList());
        v.sort(Comparator.comparingDouble(Segment::x1).thenComparingDouble(Segment::y1));
        run = null;
        for (Segment s : v) {
            if (run != null && Math.abs(s.x1() - run.x1()) <= Segment.TOLERANCE / 2
                    && s.y1() <= run.y2() + Segment.TOLERANCE) {
                run = Segment.vertical(run.x1(), run.y1(), Math.max(run.y2(), s.y2()));
            } else {
                if (run != null) {
                    out.add(run);
                }
                run = s;
            }
        }
        if (run != null) {
            out.add(run);
        }
        return out;
    }

    /** The groups of lines that cross or touch one another. */
    private static List<List<Segment>> connected(List<Segment> lines) {
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).isHorizontal() != lines.get(j).isHorizontal() && lines.get(i).touches(lines.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Coordinates within the tolerance taken as one, in order. */
    private static List<Float> cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > Segment.TOLERANCE) {
                out.add(v);
            }
        }
        return out;
    }

    /** A table's lines and cell edges. */
    private static final class Frame {
        final List<Segment> lines;
        final List<Float> xs;
        final List<Float> ys;

        Frame(List<Segment> lines, List<Float> xs, List<Float> ys) {
            this.lines = lines;
            this.xs = xs;
            this.ys = ys;
        }

        boolean contains(Glyph g) {
            return g.centerX() > xs.get(0) && g.centerX() < xs.get(xs.size() - 1) && g.centerY() > ys.get(0)
                    && g.centerY() < ys.get(ys.size() - 1);
        }

        PageTable table(int page, int number, List<Glyph> glyphs, List<String> caption) {
            int rows = ys.size() - 1;
            int cols = xs.size() - 1;
            int[] parent = new int[rows * cols];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (c + 1 < cols && !hasLine(false, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                        parent[root(parent, r * cols + c)] = root(parent, r * cols + c + 1);
                    }
                    if (r + 1 < rows && !hasLine(true, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                        parent[root(parent, r * cols + c)] = root(parent, (r + 1) * cols + c);
                    }
                }
            }
            Map<Integer, int[]> bounds = new HashMap<>(); // root → first row, last row, first col, last col
            for (int i = 0; i < parent.length; i++) {
                int r = i / cols;
                int c = i % cols;
                bounds.merge(root(parent, i), new int[] {r, r, c, c}, (a, b) -> new int[] {Math.min(a[0], b[0]),
                    Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.max(a[3], b[3])});
            }
            List<Region> regions = new ArrayList<>();
            Map<Integer, List<Glyph>> byAnchor = new HashMap<>();
            for (int[] b : bounds.values()) {
                if (b[1] > b[0] || b[3] > b[2]) {
                    regions.add(new Region(b[0], b[1], b[2], b[3]));
                }
            }
            for (Glyph g : glyphs) {
                int r = index(ys, g.centerY());
                int c = index(xs, g.centerX());
                int[] b = bounds.get(root(parent, r * cols + c));
                byAnchor.computeIfAbsent(b[0] * cols + b[2], k -> new ArrayList<>()).add(g);
            }
            Map<Integer, String> texts = new HashMap<>();
            byAnchor.forEach((anchor, cell) -> {
                int[] b = bounds.get(root(parent, anchor));
                String text = TextLines.cell(cell, xs.get(b[2]), xs.get(b[3] + 1));
                if (!text.isEmpty()) {
                    texts.put(anchor, text);
                }
            });
            regions.sort(Comparator.comparingInt(Region::firstRow).thenComparingInt(Region::firstColumn));
            return new PageTable(page, number, List.copyOf(xs), rows, regions, texts, caption);
        }

        /** True when a line of the frame runs at {@code at} from {@code from} to {@code to} (horizontal or not). */
        private boolean hasLine(boolean horizontal, float at, float from, float to) {
            float inset = Math.min(Segment.TOLERANCE, (to - from) / 4);
            for (Segment s : lines) {
                if (s.isHorizontal() == horizontal && Math.abs((horizontal ? s.y1() : s.x1()) - at)
                        <= Segment.TOLERANCE && s.covers(from + inset, to - inset)) {
                    return true;
                }
            }
            return false;
        }

        /** The 0-based interval of the edges a coordinate falls in. */
        private static int index(List<Float> edges, float v) {
            for (int i = 1; i < edges.size(); i++) {
                if (v < edges.get(i)) {
                    return i - 1;
                }
            }
            return edges.size() - 2;
        }
    }
}
