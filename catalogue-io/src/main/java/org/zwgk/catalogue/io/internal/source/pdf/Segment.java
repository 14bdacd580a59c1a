package org.zwgk.catalogue.io.internal.source.pdf;

/**
 * A ruling line of a page in display space: horizontal ({@code y1 == y2}) or vertical ({@code x1 == x2}), with
 * {@code x1 <= x2} and {@code y1 <= y2}.
 */
record Segment(float x1, float y1, float x2, float y2) {

    /** The tolerance, in points, within which lines touch and coordinates are one. */
    static final float TOLERANCE = 2f;

    static Segment horizontal(float y, float xa, float xb) {
        return new Segment(Math.min(xa, xb), y, Math.max(xa, xb), y);
    }

    static Segment vertical(float x, float ya, float yb) {
        return new Segment(x, Math.min(ya, yb), x, Math.max(ya, yb));
    }

    boolean isHorizontal() {
        return y1 == y2 && x2 > x1;
    }

    boolean isVertical() {
        return x1 == x2 && y2 > y1;
    }

    /** True when the two lines cross or touch, within the tolerance. */
    boolean touches(Segment o) {
        return x1 - TOLERANCE <= o.x2 && o.x1 - TOLERANCE <= x2 && y1 - TOLERANCE <= o.y2 && o.y1 - TOLERANCE <= y2;
    }

    /** True when this line runs along {@code from}..{@code to} on its own axis, within the tolerance. */
    boolean covers(float from, float to) {
        return isHorizontal() ? x1 - TOLERANCE <= from && to <= x2 + TOLERANCE
                : y1 - TOLERANCE <= from && to <= y2 + TOLERANCE;
    }
}
