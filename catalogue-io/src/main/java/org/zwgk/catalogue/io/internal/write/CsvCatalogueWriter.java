package org.zwgk.catalogue.io.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.zwgk.catalogue.io.internal.FormulaGuard;
import org.zwgk.catalogue.io.internal.meta.CatalogueMetadata;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.model.Catalogue;

/**
 * Writes a catalogue as CSV in UTF-8 with a byte-order mark, so that Excel opens it with the right encoding:
 * the 目录信息 lines (key, value) first, a blank line, then one header row and one row per category (a row per
 * 三级事项 where there are items) in the national columns; channels one per line in their order. When rows carry
 * codes or provenance, the extra columns 事项编码 … 转录说明 follow the national ones. Nothing is lost: reading
 * the file gives back an equal catalogue. A cell that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}) is written with an apostrophe in front ({@link FormulaGuard}); the reader takes it off.
 */
public final class CsvCatalogueWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvCatalogueWriter() {
    }

    /** Writes {@code catalogue} to {@code out}, which is flushed but not closed. */
    public static void write(Catalogue catalogue, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        for (Map.Entry<String, String> line : CatalogueMetadata.lines(catalogue)) {
            csv.printRecord(FormulaGuard.guard(line.getKey()), FormulaGuard.guard(line.getValue()));
        }
        csv.println();
        NationalLayout layout = new NationalLayout(catalogue);
        boolean extras = layout.hasExtras();
        List<String> header = new ArrayList<>(layout.columns().stream().map(NationalLayout.Column::label).toList());
        if (extras) {
            header.addAll(RowExtras.LABELS);
        }
        csv.printRecord(header.stream().map(FormulaGuard::guard).toList());
        for (NationalLayout.Row row : layout.rows()) {
            String channels = CellValues.channelLines(row.category().channels());
            for (int line = 0; line < NationalLayout.lines(row); line++) {
                List<String> cells = new ArrayList<>(layout.cells(row, channels, line));
                if (extras) {
                    cells.addAll(line == 0 ? row.extras().cells() : RowExtras.NONE.cells());
                }
                csv.printRecord(cells.stream().map(FormulaGuard::guard).toList());
            }
        }
        csv.flush();
    }
}
