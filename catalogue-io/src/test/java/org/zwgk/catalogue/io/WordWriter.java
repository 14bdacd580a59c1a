package org.zwgk.catalogue.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a .docx with POI's XWPF as an office would: paragraphs (a title, a filler line, an area heading) and
 * tables, merged cells as Word stores them (gridSpan across, vMerge down), a cell's lines as paragraphs, and
 * optionally a page break before a table.
 */
final class WordWriter {

    private static final int COLUMN_TWIPS = 1000;

    private final XWPFDocument doc = new XWPFDocument();

    WordWriter paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return this;
    }

    WordWriter pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /** A table; its first {@code headerRows} rows repeat on every printed page. */
    WordWriter table(Sheet sheet, int headerRows) {
        XWPFTable table = doc.createTable(sheet.rows.size(), sheet.columns);
        // A grid of equal columns, and each cell as wide as the columns it spans, as Word writes a table.
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < sheet.columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        for (int r = 0; r < sheet.rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r < headerRows) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < sheet.columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                int rr = r;
                int cc = c;
                var merge = sheet.mergeAt(r, c);
                String text = merge.map(m -> m.isAnchor(rr, cc) ? sheet.rows.get(rr)[cc] : "")
                        .orElse(sheet.rows.get(r)[c]);
                write(cell, text);
                int span = merge.map(m -> m.lastColumn() - m.firstColumn() + 1).orElse(1);
                CTTcPr own = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth w = own.isSetTcW() ? own.getTcW() : own.addNewTcW();
                w.setW(BigInteger.valueOf((long) COLUMN_TWIPS * span));
                w.setType(STTblWidth.DXA);
                merge.ifPresent(m -> {
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (m.lastRow() > m.firstRow()) {
                        pr.addNewVMerge().setVal(rr == m.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                    if (m.lastColumn() > m.firstColumn() && cc == m.firstColumn()) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(m.lastColumn() - m.firstColumn() + 1));
                    }
                });
            }
            // Cells covered by a span to their left are not in the row at all, as Word writes it.
            for (int c = sheet.columns - 1; c >= 0; c--) {
                int cc = c;
                int rr = r;
                if (sheet.mergeAt(r, c).filter(m -> cc > m.firstColumn()).isPresent()) {
                    row.removeCell(c);
                }
            }
        }
        return this;
    }

    private static void write(XWPFTableCell cell, String text) {
        List<String> lines = text.lines().toList();
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            XWPFRun run = p.createRun();
            run.setText(lines.get(i));
        }
    }

    byte[] bytes() {
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
