package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.meta.CatalogueMetadata;
import org.zwgk.catalogue.io.internal.meta.InfoSheet;
import org.zwgk.catalogue.io.internal.meta.KeyValue;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.internal.Text;

/** Reads the {@value InfoSheet#NAME} sheet of a workbook written by this library. */
public final class InfoSheetReader {

    private InfoSheetReader() {
    }

    /** True for the 目录信息 sheet. */
    public static boolean isInfoSheet(Grid grid) {
        return grid.sheet().filter(InfoSheet.NAME::equals).isPresent();
    }

    /** The sheet's information and extras; problems in their values are added to {@code problems}. */
    public static InfoSheet read(Grid grid, List<Problem> problems) {
        List<KeyValue> lines = new ArrayList<>();
        Map<String, RowExtras> extras = new LinkedHashMap<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            Optional<KeyValue> line = TableReader.keyValue(grid, r);
            if (line.isPresent()) {
                lines.add(line.get());
            } else if (Text.matchKey(grid.text(r, 0)).equals(InfoSheet.SEQ)) {
                r = readExtras(grid, r, extras, problems);
            }
        }
        return new InfoSheet(CatalogueMetadata.read(lines, problems), extras);
    }

    /** Reads the extras table whose header is at {@code headerRow}; returns its last row. */
    private static int readExtras(Grid grid, int headerRow, Map<String, RowExtras> extras, List<Problem> problems) {
        Header header = HeaderFinder.header(grid, headerRow);
        ExtrasReader reader = new ExtrasReader(grid, header, problems);
        int seqColumn = header.first(ColumnKind.SEQ).map(Header.Column::index).orElse(0);
        int r = headerRow + 1;
        for (; r < grid.rowCount(); r++) {
            String seq = CellText.clean(grid.text(r, seqColumn));
            if (seq.isEmpty()) {
                break;
            }
            extras.put(seq, reader.read(r));
        }
        return r;
    }
}
