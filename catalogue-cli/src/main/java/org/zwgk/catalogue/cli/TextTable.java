package org.zwgk.catalogue.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned for terminals: Chinese characters take two columns, long cells wrap within their
 * column's maximum width.
 */
final class TextTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these headers; {@code maxWidths[i]} caps column i (0 for no cap). */
    TextTable(List<String> headers, int... maxWidths) {
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    /** The table, lines ending in '\n'. */
    String render() {
        int n = headers.size();
        int[] widths = new int[n];
        List<List<List<String>>> wrapped = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> row : all) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int cap = i < maxWidths.length && maxWidths[i] > 0 ? maxWidths[i] : Integer.MAX_VALUE;
                List<String> lines = wrap(i < row.size() ? row.get(i) : "", cap);
                cells.add(lines);
                for (String l : lines) {
                    widths[i] = Math.max(widths[i], width(l));
                }
            }
            wrapped.add(cells);
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < wrapped.size(); r++) {
            List<List<String>> cells = wrapped.get(r);
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int line = 0; line < height; line++) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    String text = line < cells.get(i).size() ? cells.get(i).get(line) : "";
                    out.append(text);
                    if (i < n - 1) {
                        out.append(" ".repeat(widths[i] - width(text) + 2));
                    }
                }
                sb.append(out.toString().stripTrailing()).append('\n');
            }
            if (r == 0) {
                int total = 0;
                for (int i = 0; i < n; i++) {
                    total += widths[i] + (i < n - 1 ? 2 : 0);
                }
                sb.append("-".repeat(total)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Terminal columns taken by {@code s}: East Asian wide and full-width characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x25A0 && cp <= 0x25FF);
    }

    private static List<String> wrap(String text, int cap) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int w = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                int cw = isWide(cp) ? 2 : 1;
                if (w + cw > cap && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.appendCodePoint(cp);
                w += cw;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
