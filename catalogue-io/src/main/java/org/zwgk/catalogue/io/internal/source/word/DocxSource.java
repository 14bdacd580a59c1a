package org.zwgk.catalogue.io.internal.source.word;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.source.ooxml.OoxmlPackage;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Reads the tables of a Word 2007+ document (.docx, WPS's .wps saved as OOXML) into grids with Apache POI's XWPF:
 * one grid per table, named {@code table1}, {@code table2} … in document order, column spans (gridSpan, gridBefore)
 * and vertical merges (vMerge) as merged regions, a cell's paragraphs as its lines. The paragraphs between the
 * previous table and a table (its title, a filler line) become the grid's caption, each located by its paragraph
 * number ({@code paragraph3}: the third paragraph of the body outside tables, empty ones counted). The package is opened through
 * {@link OoxmlPackage}, so this read's zip-bomb, size and DOCTYPE guards apply to every part POI opens.
 */
public final class DocxSource {

    private DocxSource() {
    }

    /** Reads every table; fails with a located problem when the document is corrupt, hostile or too big. */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        try (OoxmlPackage pkg = OoxmlPackage.open(bytes, file, budget.limits());
                OPCPackage opc = OPCPackage.open(pkg.entrySource());
                XWPFDocument doc = new XWPFDocument(opc)) {
            return tables(doc, file, budget);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            LimitExceeded limit = OoxmlPackage.limitIn(e).orElse(null);
            if (limit != null) {
                throw limit;
            }
            throw IoMessages.unreadable("io.corrupt-document", file);
        }
    }

    private static List<Grid> tables(XWPFDocument doc, String file, ReadBudget budget) {
        List<Grid> grids = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        List<SourceLocation> captionSources = new ArrayList<>();
        int paragraph = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraph++;
                String text = p.getText().strip();
                if (!text.isEmpty()) {
                    caption.add(text);
                    captionSources.add(WordTable.paragraph(file, paragraph));
                }
            } else if (element instanceof XWPFTable t) {
                budget.table(file, grids.size() + 1);
                grids.add(grid(t, file, "table" + (grids.size() + 1), budget, caption, captionSources));
                caption = new ArrayList<>();
                captionSources = new ArrayList<>();
            }
        }
        return grids;
    }

    private static Grid grid(XWPFTable table, String file, String name, ReadBudget budget, List<String> caption,
            List<SourceLocation> captionSources) {
        WordTable grid = new WordTable(file, name, budget, caption, captionSources);
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int column = gridBefore(row.getCtRow().getTrPr());
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? positive(pr.getGridSpan().getVal()) : 1;
                grid.cell(r, column, span, merge(pr), text(cell));
                column += span;
            }
        }
        return grid.build();
    }

    private static int gridBefore(CTTrPr pr) {
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return (int) Math.max(0, Math.min(pr.getGridBeforeArray(0).getVal().longValue(), 1_000));
    }

    private static int positive(BigInteger value) {
        return value == null ? 1 : (int) Math.max(1, Math.min(value.longValue(), 1_000));
    }

    private static WordTable.VerticalMerge merge(CTTcPr pr) {
        if (pr == null || !pr.isSetVMerge()) {
            return WordTable.VerticalMerge.NONE;
        }
        return pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART
                ? WordTable.VerticalMerge.RESTART : WordTable.VerticalMerge.CONTINUE;
    }

    /** The cell's paragraphs (and nested tables' cells) as lines. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (element instanceof XWPFTable nested) {
                nested.getRows().forEach(r -> r.getTableCells().forEach(c -> lines.add(text(c))));
            }
        }
        return String.join("\n", lines).strip();
    }
}
