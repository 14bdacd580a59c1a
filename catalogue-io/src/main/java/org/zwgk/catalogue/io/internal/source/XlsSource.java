package org.zwgk.catalogue.io.internal.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;

/**
 * Reads the visible sheets of an Excel 97-2003 workbook (.xls, also WPS's .et saved in that format) into grids
 * with Apache POI's HSSF: cells as Excel displays them (formulas by their cached value), merged regions, and
 * error cells (#REF!) marked unreadable. An OLE2 file holding an encrypted .xlsx is reported as encrypted. An
 * OLE2 file is no zip, so no zip guard is needed; nothing here changes a setting of POI or of the JVM.
 */
public final class XlsSource {

    private XlsSource() {
    }

    /**
     * Reads every visible sheet; fails with a located problem when the workbook is encrypted or corrupt, or with
     * an {@code io.limit.*} problem past the budget's limits. Used for .xls (and the OLE2 wrapper of an encrypted
     * .xlsx); a plain .xlsx is streamed by {@code XlsxSource}.
     */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.US);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Grid> grids = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    grids.add(grid(workbook.getSheetAt(i), file, formatter, budget));
                }
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw IoMessages.unreadable("io.encrypted-workbook", file);
        } catch (OldExcelFormatException e) {
            throw IoMessages.unreadable("io.unknown-format", file);
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package, a bad record or a zip bomb with many exception types; all mean
            // the same to the user.
            throw IoMessages.unreadable("io.corrupt-workbook", file);
        }
    }

    private static Grid grid(Sheet sheet, String file, DataFormatter formatter, ReadBudget budget) {
        GridBuilder grid = new GridBuilder(file, sheet.getSheetName(), budget);
        int width = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                int r = cell.getRowIndex();
                int c = cell.getColumnIndex();
                if (isError(cell)) {
                    grid.error(r, c, FormulaError.forInt(cell.getErrorCellValue()).getString());
                } else {
                    String text = formatter.formatCellValue(cell);
                    if (!text.isEmpty()) {
                        grid.set(r, c, text.replace("\r\n", "\n").replace('\r', '\n'));
                        width = Math.max(width, c + 1);
                    }
                }
            }
        }
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            grid.mergeClipped(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn(),
                    lastRow, width);
        }
        return grid.build();
    }

    private static boolean isError(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.ERROR
                || type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
    }
}
