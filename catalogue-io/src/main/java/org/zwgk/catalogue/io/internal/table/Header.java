package org.zwgk.catalogue.io.internal.table;

import java.util.List;
import java.util.Optional;

/**
 * A catalogue table's header as found: its rows and what each column holds.
 *
 * @param firstRow the header's first row (0-based)
 * @param lastRow  its last row (the row of the sub-labels when there are two)
 * @param columns  the recognised columns, left to right
 */
public record Header(int firstRow, int lastRow, List<Column> columns) {

    /**
     * One recognised column.
     *
     * @param index the 0-based column
     * @param label its label, kind resolved
     */
    public record Column(int index, HeaderLabel label) {
        /** What the column holds. */
        public ColumnKind kind() {
            return label.kind();
        }
    }

    public Header {
        columns = List.copyOf(columns);
    }

    /** The first column of a kind. */
    public Optional<Column> first(ColumnKind kind) {
        // A loop, not a stream: this is asked for every field of every row.
        for (Column c : columns) {
            if (c.kind() == kind) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every column of a kind. */
    public List<Column> all(ColumnKind kind) {
        return columns.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The leftmost recognised column. */
    public int firstColumn() {
        return columns.stream().mapToInt(Column::index).min().orElse(0);
    }
}
