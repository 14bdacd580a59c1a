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
import org.zwgk.catalogue.io.internal.source.XlsSource;
import org.zwgk.catalogue.io.internal.source.pdf.PdfSource;
import org.zwgk.catalogue.io.internal.source.word.DocSource;
import org.zwgk.catalogue.io.internal.source.word.DocxSource;
import org.zwgk.catalogue.io.internal.source.xlsx.XlsxSource;
import org.zwgk.catalogue.io.internal.table.Header;
import org.zwgk.catalogue.io.internal.table.HeaderFinder;
import org.zwgk.catalogue.io.internal.table.InfoSheetReader;
import org.zwgk.catalogue.io.internal.table.MissingColumns;
import org.zwgk.catalogue.io.internal.table.TableContent;
import org.zwgk.catalogue.io.internal.table.TableReader;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.internal.TraditionalChars;

/**
 * Reads a file's bytes: detects the format, reads workbooks, Word documents, PDFs, CSV and HTML into grids and
 * interprets every grid that has a catalogue header; reads JSON as the canonical form.
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
                case XLS -> tables(XlsSource.read(bytes, file, budget), format, file, List.of());
                case DOCX -> documentTables(DocxSource.read(bytes, file, budget), format, file);
                case DOC -> documentTables(DocSource.read(bytes, file, budget), format, file);
                case PDF -> documentTables(PdfSource.read(bytes, file, budget), format, file);
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
        List<Header> headers = new ArrayList<>();
        List<Grid> simplified = grids.stream().map(Readers::simplified).toList();
        List<Grid> read = new ArrayList<>();
        for (Grid grid : simplified) {
            HeaderFinder.find(grid).ifPresent(h -> {
                read.add(grid);
                headers.add(h);
            });
        }
        for (int i = 0; i < simplified.size(); i++) {
            Grid grid = simplified.get(i);
            int at = read.indexOf(grid);
            if (at >= 0) {
                // One sheet per 一级事项: with several data sheets, a sheet's name may be its area.
                tables.add(TableReader.read(grid, headers.get(at), read.size() > 1));
            } else if (InfoSheetReader.isInfoSheet(grids.get(i))) {
                info = InfoSheetReader.read(grids.get(i), problems);
            }
        }
        if (tables.isEmpty()) {
            throw IoMessages.unreadable("io.no-header", file);
        }
        return CatalogueAssembler.assemble(file, format, tables, info.infoIfAny(), info.extras(), problems,
                MissingColumns.of(read, headers));
    }

    /**
     * The tables of a Word document or a PDF: as {@link #tables}, and a table without a header that follows a
     * table with one, with as many columns, continues it (a table split by a page break, its header not repeated);
     * it is read under that header, from the area its last row was in.
     */
    private static ReadResult documentTables(List<Grid> grids, Format format, String file)
            throws UnreadableInputException {
        List<Problem> problems = new ArrayList<>();
        List<TableContent> tables = new ArrayList<>();
        List<Grid> read = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        Header last = null;
        Grid lastGrid = null;
        for (Grid raw : grids) {
            Grid grid = simplified(raw);
            Optional<Header> header = HeaderFinder.find(grid);
            if (header.isPresent()) {
                tables.add(TableReader.read(grid, header.get(), false));
                last = header.get();
                lastGrid = grid;
                headers.add(last);
                read.add(grid);
            } else if (last != null && grid.columnCount() == lastGrid.columnCount()) {
                String area = tables.get(tables.size() - 1).lastArea();
                tables.add(TableReader.continued(grid, last, area));
            }
        }
        if (tables.isEmpty()) {
            throw IoMessages.unreadable("io.no-header", file);
        }
        return CatalogueAssembler.assemble(file, format, tables, Optional.empty(), java.util.Map.of(), problems,
                MissingColumns.of(read, headers));
    }
}
