package org.zwgk.catalogue.io.internal.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glyphs into text: lines by baseline, glyphs by x within a line, a space where a gap separates words that are not
 * Chinese. In a cell, a line that reaches the cell's right edge was wrapped and the next line continues it; a line
 * that ends short of it, or a next line that opens a numbered item, ends a paragraph (a line break in the text).
 */
final class TextLines {

    /** A line opening a list item: 1. 1、 (1) （一） ① or a stage label such as 受理环节：. */
    private static final Pattern ITEM = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.．、)）]|[(（][\\d一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[\\p{IsHan}]{1,6}(?:环节|阶段)[:：]).*");

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

    /** The text of a cell whose right edge is at {@code right}: wrapped lines joined, paragraphs on lines. */
    static String cell(List<Glyph> glyphs, float right) {
        StringBuilder sb = new StringBuilder();
        List<Glyph> previous = null;
        for (List<Glyph> line : lines(glyphs)) {
            String text = text(line);
            if (previous != null) {
                Glyph end = previous.get(previous.size() - 1);
                boolean wrapped = end.right() > right - end.height() * 2.2f;
                if (!wrapped || ITEM.matcher(text).matches()) {
                    sb.append('\n');
                } else if (!isHan(last(sb)) || !isHan(text.charAt(0))) {
                    sb.append(isWide(last(sb)) || isWide(text.charAt(0)) ? "" : " ");
                }
            }
            sb.append(text);
            previous = line;
        }
        return sb.toString();
    }

    private static char last(StringBuilder sb) {
        return sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Han characters and full-width punctuation: a wrap between them adds no space. */
    private static boolean isWide(char c) {
        return isHan(c) || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
