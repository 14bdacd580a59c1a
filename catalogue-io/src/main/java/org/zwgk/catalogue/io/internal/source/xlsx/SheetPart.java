package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.io.internal.source.ooxml.XmlAttributes;

/**
 * A worksheet part: cells into the grid as they stream by, each checked against the read limits before it is
 * stored; merged regions at the end. A cell's text is its value ({@code <v>}) or its inline string.
 */
final class SheetPart extends DefaultHandler2 {

    private final GridBuilder grid;
    private final String sheet;
    private final List<String> shared;
    private final Styles styles;
    private final ExcelNumbers formatter;
    private final boolean date1904;
    private final ReadBudget budget;
    private final TextRuns inline = new TextRuns();
    private final List<Region> merged = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int row = -1;
    private int column = -1;
    private int lastRow = -1;
    private int width;
    private String type = "n";
    private int style;
    private boolean inValue;
    private boolean inCell;

    SheetPart(GridBuilder grid, String sheet, List<String> shared, Styles styles, ExcelNumbers formatter,
            boolean date1904) {
        this.grid = grid;
        this.sheet = sheet;
        this.shared = shared;
        this.styles = styles;
        this.formatter = formatter;
        this.date1904 = date1904;
        this.budget = grid.budget();
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
        switch (local) {
            case "row" -> {
                row = XmlAttributes.integer(XmlAttributes.value(a, "r")).map(r -> r - 1).orElse(row + 1);
                column = -1;
                lastRow = Math.max(lastRow, row);
                budget.position(grid.file(), sheet, row, 0);
            }
            case "c" -> {
                int[] at = CellReference.reference(XmlAttributes.value(a, "r"));
                if (at != null) {
                    row = at[0];
                    column = at[1];
                } else {
                    column++;
                }
                budget.position(grid.file(), sheet, row, column);
                String t = XmlAttributes.value(a, "t");
                type = t.isEmpty() ? "n" : t;
                style = XmlAttributes.integer(XmlAttributes.value(a, "s")).orElse(0);
                value.setLength(0);
                inCell = true;
            }
            case "v" -> inValue = inCell;
            case "mergeCell" -> {
                String[] ends = XmlAttributes.value(a, "ref").split(":");
                int[] from = CellReference.reference(ends[0]);
                int[] to = ends.length > 1 ? CellReference.reference(ends[1]) : from;
                if (from != null && to != null && to[0] >= from[0] && to[1] >= from[1]) {
                    merged.add(new Region(from[0], to[0], from[1], to[1]));
                }
            }
            default -> inline.start(local);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inCell && inline.collecting()) {
            if (value.length() + length > budget.limits().maxCellLength()) {
                throw ReadBudget.exceeded("io.limit.cell-length", grid.file(), sheet, row, Math.max(column, 0),
                        "> " + (value.length() + length - 1), budget.limits().maxCellLength());
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String q) {
        switch (local) {
            case "v" -> inValue = false;
            case "c" -> {
                inCell = false;
                cell(value.toString());
            }
            default -> inline.end(local);
        }
    }

    private void cell(String v) {
        if (type.equals("e")) {
            if (!v.isEmpty()) {
                grid.error(row, column, v);
            }
            return;
        }
        if (type.equals("b") && v.isEmpty()) {
            return;
        }
        String text = switch (type) {
            case "s" -> XmlAttributes.integer(v.strip()).filter(i -> i < shared.size()).map(shared::get)
                    .orElseThrow(() -> new IllegalStateException("bad shared string index"));
            case "inlineStr" -> CellReference.unescape(v);
            case "b" -> v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case "n" -> v.isEmpty() ? "" : number(v.strip());
            default -> v;
        };
        if (!text.isEmpty()) {
            grid.set(row, column, text.replace("\r\n", "\n").replace('\r', '\n'));
            width = Math.max(width, column + 1);
        }
    }

    private String number(String v) {
        double d = Double.parseDouble(v);
        int id = styles.formatId(style);
        return formatter.format(d, id, styles.formatCode(id), date1904);
    }

    /** The grid, merged regions clipped to the cells the sheet has. */
    Grid grid() {
        for (Region range : merged) {
            grid.mergeClipped(range.firstRow(), range.lastRow(), range.firstColumn(), range.lastColumn(), lastRow,
                    width);
        }
        return grid.build();
    }
}
