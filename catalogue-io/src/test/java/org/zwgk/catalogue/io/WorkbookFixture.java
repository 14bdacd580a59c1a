package org.zwgk.catalogue.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a workbook the way a bureau's file looks, row by row, so a test shows its layout: {@code row(...)}
 * writes the next row from column A ("" leaves a cell empty, "#REF!" writes an error cell), {@code merge("B4:B6")}
 * merges as Excel does.
 */
final class WorkbookFixture {

    private final Workbook workbook;
    private Sheet sheet;
    private int next;
    private java.util.function.UnaryOperator<String> text = t -> t;

    private WorkbookFixture(Workbook workbook, String sheetName) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
    }

    /** Every cell text written from now on passes through {@code f} (e.g. into traditional characters). */
    WorkbookFixture texts(java.util.function.UnaryOperator<String> f) {
        this.text = f;
        return this;
    }

    static WorkbookFixture xlsx(String sheetName) {
        return new WorkbookFixture(new XSSFWorkbook(), sheetName);
    }

    static WorkbookFixture xls(String sheetName) {
        return new WorkbookFixture(new HSSFWorkbook(), sheetName);
    }

    /** Starts another sheet. */
    WorkbookFixture sheet(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        return this;
    }

    WorkbookFixture row(String... cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (cells[c].equals("#REF!")) {
                cell.setCellErrorValue(FormulaError.REF.getCode());
            } else {
                cell.setCellValue(text.apply(cells[c]));
            }
        }
        return this;
    }

    /** Rows at once. */
    WorkbookFixture rows(List<String[]> rows) {
        rows.forEach(r -> row(r));
        return this;
    }

    WorkbookFixture blank() {
        next++;
        return this;
    }

    WorkbookFixture merge(String... ranges) {
        for (String range : ranges) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        }
        return this;
    }

    /** The 1-based number of the next row to be written. */
    int nextRow() {
        return next + 1;
    }

    byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(byte[] bytes, String name) throws UnreadableInputException {
        return CatalogueReader.read(new ByteArrayInputStream(bytes), name);
    }

    static List<String[]> list(String[]... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
