package org.zwgk.catalogue.io.internal.grid;

/**
 * A rectangle of merged cells (an Excel merged region, an HTML rowspan/colspan), 0-based and inclusive. Its
 * value lives in its top-left cell, the anchor.
 *
 * @param firstRow    first row
 * @param lastRow     last row
 * @param firstColumn first column
 * @param lastColumn  last column
 */
public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public Region {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("bad region " + firstRow + ":" + lastRow + "," + firstColumn + ":"
                    + lastColumn);
        }
    }

    /** A single cell. */
    public static Region cell(int row, int column) {
        return new Region(row, row, column, column);
    }

    /** True when the cell is inside. */
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** True for more than one cell. */
    public boolean isMerged() {
        return lastRow > firstRow || lastColumn > firstColumn;
    }
}
