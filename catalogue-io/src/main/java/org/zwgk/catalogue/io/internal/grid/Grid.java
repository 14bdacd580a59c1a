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

    Grid(String file, Optional<String> sheet, List<List<String>> rows, Map<Long, String> errors,
            List<Region> regions) {
        this.file = file;
        this.sheet = sheet;
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

    /** Where the value shown at a cell lives: the anchor of its region, as Excel names it (1-based, letters). */
    public SourceLocation locate(int row, int column) {
        Region r = regionAt(row, column);
        return SourceLocation.atCell(file, sheet, r.firstRow() + 1, r.firstColumn());
    }

    /** The same grid with every text passed through {@code f} (sheet name and errors unchanged). */
    public Grid mapText(UnaryOperator<String> f) {
        List<List<String>> mapped = rows.stream()
                .map(r -> r.stream().map(t -> t == null ? null : f.apply(t)).toList()).toList();
        return new Grid(file, sheet, mapped, errors, regions);
    }

    /** Every non-empty text, row by row. */
    public List<String> texts() {
        return rows.stream().flatMap(List::stream).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
