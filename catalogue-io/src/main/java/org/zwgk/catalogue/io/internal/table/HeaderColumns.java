package org.zwgk.catalogue.io.internal.table;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.model.Problem;

/**
 * What the header says that the reader does not use, so that nothing is dropped in silence: a column whose
 * heading it cannot map ({@code io.column.unrecognized}, with the heading's text), and a legend or remark inside a
 * heading ({@code io.header-note}), left out when the column was recognised and kept here as a note.
 */
final class HeaderColumns {

    private HeaderColumns() {
    }

    static void report(Grid grid, Header header, List<Problem> problems) {
        for (int r = header.firstRow(); r <= header.lastRow(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (grid.regionAt(r, c).firstRow() != r || grid.regionAt(r, c).firstColumn() != c) {
                    continue;
                }
                String text = grid.text(r, c);
                Optional<String> note = HeaderLabel.note(text);
                if (note.isPresent()) {
                    problems.add(IoMessages.problem("io.header-note", grid.locate(r, c), HeaderLabel.core(text),
                            note.get()));
                }
            }
        }
        for (int c = 0; c < grid.columnCount(); c++) {
            int column = c;
            if (header.columns().stream().anyMatch(h -> h.index() == column)) {
                continue;
            }
            int row = heading(grid, header, c);
            if (row >= 0) {
                problems.add(IoMessages.problem("io.column.unrecognized", grid.locate(row, c),
                        CellText.clean(grid.text(row, c))));
            }
        }
    }

    /**
     * The header row whose cell heads column {@code c} on its own: the lowest header row where the column has a
     * text that is not shared with a column to its left (a group heading over sub-columns is reported once, at
     * its first column); -1 when the column has no heading.
     */
    private static int heading(Grid grid, Header header, int c) {
        for (int r = header.lastRow(); r >= header.firstRow(); r--) {
            if (!CellText.isBlank(grid.text(r, c))) {
                return grid.regionAt(r, c).firstColumn() == c ? r : -1;
            }
        }
        return -1;
    }
}
