package org.zwgk.catalogue.io.internal.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.grid.Region;

/**
 * Reads every {@code <table>} of an HTML page (as saved from a portal) into a grid with jsoup, rowspan and
 * colspan becoming merged regions. Line breaks ({@code <br>}, paragraphs) survive as line breaks in the cell
 * text. A table is named {@code table1}, {@code table2} … in document order; nested layout tables are tables
 * too, and the interpreter keeps only those with a catalogue header.
 */
public final class HtmlSource {

    private static final int MAX_SPAN = 1000;
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlSource() {
    }

    /** Reads the page's tables; fails with an {@code io.limit.*} problem past the budget's limits. */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) {
        Document doc = parse(bytes, null);
        if (doc.select("meta[charset], meta[http-equiv]").isEmpty() && !TextDecoding.isUtf8(bytes)) {
            doc = parse(bytes, TextDecoding.GB18030.name());
        }
        List<Grid> grids = new ArrayList<>();
        int n = 0;
        for (Element table : doc.select("table")) {
            n++;
            grids.add(grid(table, file, "table" + n, budget));
        }
        return grids;
    }

    /** True when the text looks like an HTML page or fragment. */
    public static boolean looksLikeHtml(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.contains("<table") || h.contains("<html") || h.contains("<!doctype html");
    }

    private static Document parse(byte[] bytes, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
    }

    private static Grid grid(Element table, String file, String name, ReadBudget budget) {
        GridBuilder grid = new GridBuilder(file, name, budget);
        Set<Long> taken = new HashSet<>();
        int r = 0;
        for (Element tr : rows(table)) {
            int c = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (taken.contains(key(r, c))) {
                    c++;
                }
                budget.position(file, name, r, c);
                int rows = span(cell.attr("rowspan"));
                int cols = span(cell.attr("colspan"));
                grid.set(r, c, text(cell));
                grid.merge(new Region(r, r + rows - 1, c, c + cols - 1));
                for (int i = r; i < r + rows; i++) {
                    for (int j = c; j < c + cols; j++) {
                        taken.add(key(i, j));
                    }
                }
                c += cols;
            }
            r++;
        }
        return grid.build();
    }

    /** The table's own rows, not those of tables nested in its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.trim());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The cell's text with {@code <br>} and block ends as line breaks, runs of white space collapsed. */
    private static String text(Element cell) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && node != cell) {
                    sb.append('\n');
                }
            }
        }, cell);
        return sb.toString().replaceAll("[ \\t\\u00a0]*\\n[ \\t\\u00a0\\n]*", "\n").strip();
    }
}
