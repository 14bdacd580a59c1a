package org.zwgk.catalogue.io.internal.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glyphs into text: lines by baseline, glyphs by x within a line, a space where a gap separates words that are not
 * Chinese. In a cell, a line the next line's first word would not have fitted after was wrapped, and the next line
 * continues it; otherwise, or when the next line opens a numbered item, a paragraph ends (a line break).
 */
final class TextLines {

    /** A line opening a list item: 1. 1、 (1) （一） ① or a stage label such as 受理环节：. */
    private static final Pattern ITEM = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.．、)）]|[(（][\\d一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[\\p{IsHan}]{1,6}(?:环节|阶段)[:：]).*");

    /** Points of rounding between where a line ends and where the border is drawn. */
    private static final float SLACK = 2f;

    private TextLines() {
    }

    /** The lines of the glyphs, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float center = 0;
        for (Glyph g : sorted) {
            if (line == null || Math.abs(g.centerY() - center) > g.height() / 2) {
                line = new ArrayList<>();
                lines.add(line);
                center = g.centerY();
            }
            line.add(g);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** One line's text. */
    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > g.height() * 0.3f
                    && !(isHan(last(sb)) && isHan(g.text().charAt(0)))) {
                sb.append(' ');
            }
            sb.append(g.text());
            previous = g;
        }
        return sb.toString().strip();
    }

    /**
     * The text of a cell between {@code left} and {@code right}: a line is taken as wrapped, and the next one as
     * its continuation, when the next line's first word would not have fitted in the room left at its end (the
     * cell's padding measured on the left); lines of a wrapped paragraph join without a space, except between
     * two Latin letters.
     */
    static String cell(List<Glyph> glyphs, float left, float right) {
        List<List<Glyph>> lines = lines(glyphs);
        float pad = (float) lines.stream().mapToDouble(l -> l.get(0).x() - left).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        List<Glyph> previous = null;
        for (List<Glyph> line : lines) {
            String text = text(line);
            if (previous != null) {
                float room = right - Math.max(pad, 0) - previous.get(previous.size() - 1).right();
                boolean wrapped = room < firstWordWidth(line) + SLACK;
                if (!wrapped || ITEM.matcher(text).matches()) {
                    sb.append('\n');
                } else if (isLatin(last(sb)) && isLatin(text.charAt(0))) {
                    sb.append(' ');
                }
            }
            sb.append(text);
            previous = line;
        }
        return sb.toString();
    }

    /** The width of a line's first word: its first glyph when that is Chinese, else the glyphs up to a gap. */
    private static float firstWordWidth(List<Glyph> line) {
        Glyph first = line.get(0);
        if (isHan(first.text().charAt(0)) || !isLatin(first.text().charAt(0)) && !Character.isDigit(
                first.text().charAt(0))) {
            return first.width();
        }
        float end = first.right();
        for (int i = 1; i < line.size(); i++) {
            Glyph g = line.get(i);
            if (g.x() - end > g.height() * 0.3f || isHan(g.text().charAt(0))) {
                break;
            }
            end = g.right();
        }
        return end - first.x();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static char last(StringBuilder sb) {
        return sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

}
