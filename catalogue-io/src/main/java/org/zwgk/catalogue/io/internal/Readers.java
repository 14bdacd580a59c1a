package org.zwgk.catalogue.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.assemble.CatalogueAssembler;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.meta.InfoSheet;
import org.zwgk.catalogue.io.internal.source.CsvSource;
import org.zwgk.catalogue.io.internal.source.HtmlSource;
import org.zwgk.catalogue.io.internal.source.TextDecoding;
import org.zwgk.catalogue.io.internal.source.WorkbookSource;
import org.zwgk.catalogue.io.internal.source.XlsxSource;
import org.zwgk.catalogue.io.internal.table.Header;
import org.zwgk.catalogue.io.internal.table.HeaderFinder;
import org.zwgk.catalogue.io.internal.table.InfoSheetReader;
import org.zwgk.catalogue.io.internal.table.TableContent;
import org.zwgk.catalogue.io.internal.table.TableReader;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.internal.TraditionalChars;

/**
 * Reads a file's bytes: detects the format, reads workbooks, CSV and HTML into grids and interprets every grid
 * that has a catalogue header; reads JSON as the canonical form.
 */
public final class Readers {

    private Readers() {
    }

    /** Reads a whole file; a broken limit is an {@code io.limit.*} problem. */
    public static ReadResult read(byte[] bytes, String file, ReadLimits limits) throws UnreadableInputException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(file, bytes.length, limits);
        }
        Format format = FormatSniffer.detect(bytes, file);
        ReadBudget budget = new ReadBudget(limits);
        try {
            return switch (format) {
                case JSON -> JsonReading.read(bytes, file, limits);
                case XLSX -> tables(XlsxSource.read(bytes, file, budget), format, file, List.of());
                case XLS -> tables(WorkbookSource.read(bytes, file, budget), format, file, List.of());
                case HTML -> {
                    List<Grid> grids = HtmlSource.read(bytes, file, budget);
                    if (grids.isEmpty()) {
                        throw IoMessages.unreadable("io.no-table", file);
                    }
                    yield tables(grids, format, file, List.of());
                }
                case CSV -> {
                    // Before decoding: a 50 MB cell must not become a 100 MB string first.
                    CsvSource.checkFieldBytes(bytes, file, budget);
                    TextDecoding.Decoded text = TextDecoding.decode(bytes);
                    // Lines in two encodings cannot all be read right whichever is chosen: refuse the file.
                    for (Problem mixed : TextDecoding.mixedEncoding(bytes, text, file)) {
                        throw new UnreadableInputException(mixed);
                    }
                    CsvSource.Read csv = CsvSource.read(text.text(), file, budget);
                    yield tables(List.of(csv.grid()), format, file, csv.problems());
                }
            };
        } catch (LimitExceeded e) {
            throw new UnreadableInputException(e.problem());
        }
    }

    /** The problem for a file over the size limit. */
    public static UnreadableInputException tooLarge(String file, long size, ReadLimits limits) {
        return IoMessages.unreadable("io.limit.file-size", file, size, limits.maxFileBytes());
    }

    /** The grid in simplified characters when it is written in traditional ones; otherwise the grid itself. */
    private static Grid simplified(Grid grid) {
        return TraditionalChars.isTraditional(grid.texts()) ? grid.mapText(TraditionalChars::simplify) : grid;
    }

    private static ReadResult tables(List<Grid> grids, Format format, String file, List<Problem> sourceProblems)
            throws UnreadableInputException {
        List<Problem> problems = new ArrayList<>(sourceProblems);
        InfoSheet info = InfoSheet.none();
        List<TableContent> tables = new ArrayList<>();
        for (Grid raw : grids) {
            Grid grid = simplified(raw);
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
