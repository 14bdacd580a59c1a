package org.zwgk.catalogue.io.internal.source.pdf;

/**
 * One glyph of a page's text layer, in display space (points, origin at the page's top left, y down).
 *
 * @param x      left
 * @param y      baseline
 * @param width  advance width
 * @param height height above the baseline
 * @param text   the characters it stands for
 */
record Glyph(float x, float y, float width, float height, String text) {

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return y - height / 2;
    }

    float right() {
        return x + width;
    }
}
