package org.zwgk.catalogue.io.internal.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.zwgk.catalogue.model.SourceLocation;

/**
 * One table as a reader found it, whatever the format: cell texts by 0-based row and column, the merged regions,
 * and the cells that could not be read. Every format (xlsx, xls, csv, html) is read into a grid, so one table
 * interpreter serves them all. Immutable.
 */
public final class Grid {

    private final String file;
    private final Optional<String> sheet;
    private final List<List<String>> rows;
    private final Map<Long, String> errors;
    private final List<Region> regions;
    private final Map<Long, Region> regionOf = new HashMap<>();
    private final int columns;
    private final List<String> caption;
    private final List<SourceLocation> captionSources;
    private final Map<Integer, RowOrigin> origins;

    Grid(String file, Optional<String> sheet, List<List<String>> rows, Map<Long, String> errors,
            List<Region> regions, List<String> caption, List<SourceLocation> captionSources,
            Map<Integer, RowOrigin> origins) {
        this.file = file;
        this.sheet = sheet;
        this.caption = caption;
        this.captionSources = captionSources;
        this.origins = origins;
        this.rows = rows;
        this.errors = errors;
        this.regions = regions;
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (Region r : regions) {
            width = Math.max(width, r.lastColumn() + 1);
            for (int i = r.firstRow(); i <= r.lastRow(); i++) {
                for (int j = r.firstColumn(); j <= r.lastColumn(); j++) {
                    regionOf.put(key(i, j), r);
                }
            }
        }
        this.columns = width;
    }

    static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    /** The file name, as the user gave it. */
    public String file() {
        return file;
    }

    /** The sheet (or table) name; empty for CSV. */
    public Optional<String> sheet() {
        return sheet;
    }

    /**
     * The lines printed above the table outside it, nearest last: a Word document's or a PDF page's title and
     * filler lines before the table. None for a sheet, whose title is a row of the grid.
     */
    public List<String> caption() {
        return caption;
    }

    /**
     * Where the {@code index}th line of {@link #caption()} was read (a Word document's paragraph); empty where the
     * source does not say (a PDF page's lines).
     */
    public Optional<SourceLocation> captionSource(int index) {
        return index < captionSources.size() ? Optional.of(captionSources.get(index)) : Optional.empty();
    }

    /** The number of rows. */
    public int rowCount() {
        return Math.max(rows.size(), regions.stream().mapToInt(r -> r.lastRow() + 1).max().orElse(0));
    }

    /** The number of columns of the widest row. */
    public int columnCount() {
        return columns;
    }

    /** The text of the cell itself, "" when empty (a merged region's non-anchor cells are empty). */
    private String ownText(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() || r.get(column) == null ? "" : r.get(column);
    }

    /** The text shown at a cell: its merged region's value, or its own. */
    public String text(int row, int column) {
        Region r = regionAt(row, column);
        return ownText(r.firstRow(), r.firstColumn());
    }

    /** Why the cell shown at this place could not be read (e.g. #REF!), if it could not. */
    public Optional<String> error(int row, int column) {
        Region r = regionAt(row, column);
        return Optional.ofNullable(errors.get(key(r.firstRow(), r.firstColumn())));
    }

    /** The merged region holding the cell, or the cell alone. */
    public Region regionAt(int row, int column) {
        Region r = regionOf.get(key(row, column));
        return r != null ? r : Region.cell(row, column);
    }

    /** True when both cells show one merged region. */
    public boolean sameRegion(int row1, int column1, int row2, int column2) {
        return regionAt(row1, column1).equals(regionAt(row2, column2));
    }

    /**
     * Where the value shown at a cell lives: the anchor of its region, as Excel names it (1-based, letters); in a
     * grid joined from several pages, the page's table and the row within it.
     */
    public SourceLocation locate(int row, int column) {
        Region r = regionAt(row, column);
        RowOrigin origin = origins.get(r.firstRow());
        if (origin != null) {
            return SourceLocation.atCell(file, Optional.of(origin.part()), origin.row(), r.firstColumn());
        }
        return SourceLocation.atCell(file, sheet, r.firstRow() + 1, r.firstColumn());
    }

    /** True for a row that starts another page's part of a joined grid: it may continue the row before. */
    public boolean startsPart(int row) {
        RowOrigin origin = origins.get(row);
        return origin != null && origin.startsPart();
    }

    /**
     * The same grid with row {@code row}'s texts appended to the cells of row {@code target} above it (to the
     * anchor of the region each is in) and the row left empty: a row cut by a page break, joined again.
     */
    public Grid withRowJoinedInto(int row, int target) {
        List<List<String>> copy = new java.util.ArrayList<>(rows.stream().map(r -> (List<String>)
                new java.util.ArrayList<>(r)).toList());
        if (target < 0 || target >= row || row >= copy.size()) {
            return this;
        }
        List<String> below = copy.get(row);
        for (int c = 0; c < below.size(); c++) {
            String text = below.get(c);
            if (text == null || text.isBlank() || regionAt(row, c).firstRow() != row) {
                continue;
            }
            Region above = regionAt(target, c);
            List<String> into = copy.get(above.firstRow());
            while (into.size() <= above.firstColumn()) {
                into.add(null);
            }
            String before = into.get(above.firstColumn());
            into.set(above.firstColumn(), before == null || before.isBlank() ? text : CellJoin.join(before, text));
            below.set(c, null);
        }
        return new Grid(file, sheet, copy.stream().map(java.util.Collections::unmodifiableList).toList(), errors,
                regions, caption, captionSources, origins);
    }

    /** The same grid with every text passed through {@code f} (sheet name and errors unchanged). */
    public Grid mapText(UnaryOperator<String> f) {
        List<List<String>> mapped = rows.stream()
                .map(r -> r.stream().map(t -> t == null ? null : f.apply(t)).toList()).toList();
        return new Grid(file, sheet, mapped, errors, regions, caption.stream().map(f).toList(), captionSources,
                origins);
    }

    /** Every non-empty text, row by row. */
    public List<String> texts() {
        return rows.stream().flatMap(List::stream).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
