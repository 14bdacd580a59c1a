package org.zwgk.catalogue.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.assemble.CatalogueAssembler;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.meta.InfoSheet;
import org.zwgk.catalogue.io.internal.source.CsvSource;
import org.zwgk.catalogue.io.internal.source.HtmlSource;
import org.zwgk.catalogue.io.internal.source.Simplifier;
import org.zwgk.catalogue.io.internal.source.TextDecoding;
import org.zwgk.catalogue.io.internal.source.WorkbookSource;
import org.zwgk.catalogue.io.internal.table.Header;
import org.zwgk.catalogue.io.internal.table.HeaderFinder;
import org.zwgk.catalogue.io.internal.table.InfoSheetReader;
import org.zwgk.catalogue.io.internal.table.TableContent;
import org.zwgk.catalogue.io.internal.table.TableReader;
import org.zwgk.catalogue.model.Problem;

/**
 * Reads a file's bytes: detects the format, reads workbooks, CSV and HTML into grids and interprets every grid
 * that has a catalogue header; reads JSON as the canonical form.
 */
public final class Readers {

    /** The largest file read (100 MB); catalogues are far smaller. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private Readers() {
    }

    /** Reads a whole file. */
    public static ReadResult read(byte[] bytes, String file) throws UnreadableInputException {
        if (bytes.length > MAX_BYTES) {
            throw IoMessages.unreadable("io.too-large", file, bytes.length, MAX_BYTES);
        }
        Format format = FormatSniffer.detect(bytes, file);
        return switch (format) {
            case JSON -> JsonReading.read(TextDecoding.decode(bytes).text(), file);
            case XLSX, XLS -> tables(WorkbookSource.read(bytes, file), format, file, List.of());
            case HTML -> tables(HtmlSource.read(bytes, file), format, file, List.of());
            case CSV -> {
                CsvSource.Read csv = CsvSource.read(TextDecoding.decode(bytes).text(), file);
                yield tables(List.of(csv.grid()), format, file, csv.problems());
            }
        };
    }

    private static ReadResult tables(List<Grid> grids, Format format, String file, List<Problem> sourceProblems)
            throws UnreadableInputException {
        List<Problem> problems = new ArrayList<>(sourceProblems);
        InfoSheet info = InfoSheet.none();
        List<TableContent> tables = new ArrayList<>();
        for (Grid raw : grids) {
            Grid grid = Simplifier.simplified(raw);
            Optional<Header> header = HeaderFinder.find(grid);
            if (header.isPresent()) {
                tables.add(TableReader.read(grid, header.get()));
            } else if (InfoSheetReader.isInfoSheet(raw)) {
                info = InfoSheetReader.read(raw, problems);
            }
        }
        if (tables.isEmpty()) {
            throw IoMessages.unreadable("io.no-header", file);
        }
        return CatalogueAssembler.assemble(file, format, tables, info.infoIfAny(), info.extras(), problems);
    }
}
