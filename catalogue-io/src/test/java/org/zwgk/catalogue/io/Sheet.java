package org.zwgk.catalogue.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as a test lays it out before it is written as Word or PDF: rows of cell texts ("" for empty) and merged
 * ranges, as a bureau's office would have made it.
 */
final class Sheet {

    /** A merged range, 0-based and inclusive. */
    record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        boolean covers(int r, int c) {
            return r >= firstRow && r <= lastRow && c >= firstColumn && c <= lastColumn;
        }

        boolean isAnchor(int r, int c) {
            return r == firstRow && c == firstColumn;
        }
    }

    final List<String[]> rows = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    final int columns;

    Sheet(int columns) {
        this.columns = columns;
    }

    Sheet row(String... cells) {
        rows.add(Arrays.copyOf(cells, columns, String[].class));
        for (int i = 0; i < columns; i++) {
            if (rows.get(rows.size() - 1)[i] == null) {
                rows.get(rows.size() - 1)[i] = "";
            }
        }
        return this;
    }

    Sheet rows(List<String[]> more) {
        more.forEach(this::row);
        return this;
    }

    Sheet merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        merges.add(new Merge(firstRow, firstColumn, lastRow, lastColumn));
        return this;
    }

    /** The merged range holding a cell, if any. */
    java.util.Optional<Merge> mergeAt(int r, int c) {
        return merges.stream().filter(m -> m.covers(r, c)).findFirst();
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new sheet, merges inside the range kept. */
    Sheet slice(int from, int to) {
        Sheet s = new Sheet(columns);
        s.rows.addAll(rows.subList(from, to));
        for (Merge m : merges) {
            if (m.firstRow() >= from && m.lastRow() < to) {
                s.merges.add(new Merge(m.firstRow() - from, m.firstColumn(), m.lastRow() - from, m.lastColumn()));
            }
        }
        return s;
    }

    /** This sheet's first {@code n} rows followed by {@code body}'s rows and merges (a header repeated). */
    Sheet withHeader(Sheet header, int n) {
        Sheet s = header.slice(0, n);
        int offset = s.rows.size();
        s.rows.addAll(rows);
        for (Merge m : merges) {
            s.merges.add(new Merge(m.firstRow() + offset, m.firstColumn(), m.lastRow() + offset, m.lastColumn()));
        }
        return s;
    }
}
