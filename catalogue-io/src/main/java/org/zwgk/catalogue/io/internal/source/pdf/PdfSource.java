package org.zwgk.catalogue.io.internal.source.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.io.internal.grid.RowOrigin;

/**
 * Reads the ruled tables of a PDF's text layer into grids with Apache PDFBox: the glyphs with their positions
 * ({@link GlyphCollector}) and the ruling lines ({@link RulingCollector}) of each page give its tables
 * ({@link RuledTables}). A table that goes on over the next pages (the same column edges at the top of the next
 * page) is one grid, its rows located by page, table and row ({@code page2/table1}); a row cut by the page break is
 * joined by the table reader. The page count is checked before any page is read; a PDF without any text (a scan)
 * is refused with {@code io.pdf-no-text}: there is no OCR.
 */
public final class PdfSource {

    private PdfSource() {
    }

    /** Reads every ruled table; fails with a located problem when the PDF is encrypted, corrupt, a scan or too big. */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            budget.pages(file, doc.getNumberOfPages());
            List<List<Glyph>> glyphs = GlyphCollector.collect(doc);
            if (glyphs.stream().allMatch(List::isEmpty)) {
                throw IoMessages.unreadable("io.pdf-no-text", file);
            }
            List<PageTable> tables = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages() && p < glyphs.size(); p++) {
                PDPage page = doc.getPage(p);
                tables.addAll(RuledTables.find(p + 1, new RulingCollector(page).collect(), glyphs.get(p)));
                budget.table(file, tables.size());
            }
            return grids(tables, file, budget);
        } catch (InvalidPasswordException e) {
            throw IoMessages.unreadable("io.encrypted-pdf", file);
        } catch (LimitExceeded | UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file, and an object graph nested past its own depth limit, as IOException.
            throw IoMessages.unreadable("io.corrupt-pdf", file);
        }
    }

    /** The tables as grids, each table joined with those continuing it on the next pages. */
    private static List<Grid> grids(List<PageTable> tables, String file, ReadBudget budget) {
        List<Grid> grids = new ArrayList<>();
        int i = 0;
        while (i < tables.size()) {
            PageTable first = tables.get(i);
            String name = part(first);
            GridBuilder grid = new GridBuilder(file, name, budget).caption(first.caption());
            int offset = 0;
            PageTable previous = null;
            while (i < tables.size() && (previous == null || continues(previous, tables.get(i)))) {
                PageTable t = tables.get(i);
                add(grid, t, offset, previous != null);
                offset += t.rows();
                previous = t;
                i++;
            }
            grids.add(grid.build());
        }
        return grids;
    }

    /**
     * True when {@code next} is the first table of the page after {@code table}'s, with the same columns and no
     * caption of its own (a new title or heading starts a new table).
     */
    private static boolean continues(PageTable table, PageTable next) {
        return next.page() == table.page() + 1 && next.number() == 1 && next.caption().isEmpty()
                && table.sameColumns(next);
    }

    private static void add(GridBuilder grid, PageTable table, int offset, boolean continued) {
        int columns = table.columnCount();
        for (Map.Entry<Integer, String> cell : table.texts().entrySet()) {
            grid.set(offset + cell.getKey() / columns, cell.getKey() % columns, cell.getValue());
        }
        for (Region r : table.regions()) {
            grid.merge(new Region(r.firstRow() + offset, r.lastRow() + offset, r.firstColumn(), r.lastColumn()));
        }
        for (int r = 0; r < table.rows(); r++) {
            grid.origin(offset + r, new RowOrigin(part(table), r + 1, continued && r == 0));
        }
    }

    private static String part(PageTable table) {
        return "page" + table.page() + "/table" + table.number();
    }
}
