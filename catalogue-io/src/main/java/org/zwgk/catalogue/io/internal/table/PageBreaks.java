package org.zwgk.catalogue.io.internal.table;

import java.util.Optional;

import org.zwgk.catalogue.io.internal.grid.Grid;

/**
 * Joins the rows a page break cut in two. In a PDF table continued on the next page, the first row there (after
 * the header, when it is repeated) that has no 序号 and no 二级事项 is the rest of the last row of the page before:
 * its cells are appended to that row's, so it is read as one category, not as a new one.
 */
final class PageBreaks {

    private PageBreaks() {
    }

    static Grid join(Grid grid, Header header) {
        Optional<Header.Column> seq = header.first(ColumnKind.SEQ);
        int name = header.first(ColumnKind.NAME).orElseThrow().index();
        Grid out = grid;
        int lastBefore = -1;
        for (int r = header.lastRow() + 1; r < out.rowCount(); r++) {
            if (out.startsPart(r)) {
                lastBefore = r - 1;
            }
            if (lastBefore <= header.lastRow()) {
                continue;
            }
            if (HeaderFinder.isHeaderRow(out, r) || isEmpty(out, r)) {
                continue; // the header repeated on the new page, or an empty row: the cut row may follow
            }
            boolean noSeq = seq.isEmpty() || CellText.isBlank(out.text(r, seq.get().index()));
            if (noSeq && CellText.isBlank(out.text(r, name))) {
                out = out.withRowJoinedInto(r, lastBefore);
            }
            lastBefore = -1;
        }
        return out;
    }

    private static boolean isEmpty(Grid grid, int r) {
        for (int c = 0; c < grid.columnCount(); c++) {
            if (grid.regionAt(r, c).firstRow() == r && !CellText.isBlank(grid.text(r, c))) {
                return false;
            }
        }
        return true;
    }
}
