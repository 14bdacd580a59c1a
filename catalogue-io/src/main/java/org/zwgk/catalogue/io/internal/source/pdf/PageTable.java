package org.zwgk.catalogue.io.internal.source.pdf;

import java.util.List;
import java.util.Map;

import org.zwgk.catalogue.io.internal.grid.Region;

/**
 * One ruled table found on a page.
 *
 * @param page    1-based page number
 * @param number  1-based number of the table on its page, top to bottom
 * @param columns the x of its column edges, left to right
 * @param rows    the number of rows
 * @param regions the merged cells (0-based rows and columns of this table)
 * @param texts   the text of each cell, by its region's anchor {@code row * columns + column}
 * @param caption the lines printed above the table on its page, outside any table
 */
record PageTable(int page, int number, List<Float> columns, int rows, List<Region> regions, Map<Integer, String> texts,
        List<String> caption) {

    int columnCount() {
        return columns.size() - 1;
    }

    /** True when {@code other} has the same column edges, within the tolerance: the same table, continued. */
    boolean sameColumns(PageTable other) {
        if (other.columns.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - other.columns.get(i)) > Segment.TOLERANCE * 2) {
                return false;
            }
        }
        return true;
    }
}
