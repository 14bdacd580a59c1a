package org.zwgk.catalogue.io.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.zwgk.catalogue.io.internal.meta.CatalogueMetadata;
import org.zwgk.catalogue.io.internal.meta.InfoSheet;
import org.zwgk.catalogue.model.Catalogue;

/**
 * Writes a catalogue as a workbook (.xlsx, or .xls) in the national layout, the template a bureau recognises:
 * a title row, two header rows with merged group headers (公开事项, 公开对象, 公开方式, 公开层级), 一级事项 merged
 * over its categories, channels as the full 13-box ■/□ list, √ in the audience, mode and level columns. A second
 * sheet, 目录信息, keeps what the layout has no place for (edition id, issuer, document number, codes,
 * provenance, the original order of channels), so that reading the workbook gives back an equal catalogue.
 */
public final class WorkbookCatalogueWriter {

    /** The name of the sheet holding the table. */
    public static final String SHEET = "标准目录";

    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 3;

    private WorkbookCatalogueWriter() {
    }

    /** Writes {@code catalogue} as .xlsx ({@code xlsx} true) or .xls to {@code out}, which is not closed. */
    public static void write(Catalogue catalogue, boolean xlsx, OutputStream out) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Styles styles = new Styles(wb);
            NationalLayout layout = new NationalLayout(catalogue);
            Map<Integer, List<String>> info = table(wb.createSheet(SHEET), catalogue, layout, styles);
            infoSheet(wb.createSheet(InfoSheet.NAME), catalogue, layout, info, styles);
            wb.write(out);
        }
    }

    private static Map<Integer, List<String>> table(Sheet sheet, Catalogue catalogue, NationalLayout layout,
            Styles styles) {
        List<NationalLayout.Column> columns = layout.columns();
        int width = columns.size();
        int marks = 4 + layout.levels().size();
        set(sheet, 0, 0, catalogue.title(), styles.title);
        for (int c = 1; c < width; c++) {
            set(sheet, 0, c, "", styles.title);
        }
        merge(sheet, 0, 0, 0, width - 1);
        sheet.getRow(0).setHeightInPoints(32);
        header(sheet, columns, styles);

        Map<Integer, List<String>> info = new LinkedHashMap<>();
        int r = FIRST_DATA_ROW;
        int areaStart = r;
        String area = null;
        for (NationalLayout.Row row : layout.rows()) {
            if (area != null && (row.gap().isPresent() || !row.area().equals(area))) {
                merge(sheet, areaStart, r - 1, 1, 1);
                area = null;
            }
            if (area == null && row.gap().isEmpty()) {
                area = row.area();
                areaStart = r;
            }
            String channels = CellValues.boxes(row.category().channels());
            int lines = NationalLayout.lines(row);
            for (int line = 0; line < lines; line++) {
                List<String> cells = layout.cells(row, channels, line);
                for (int c = 0; c < width; c++) {
                    // The area is written once, in the cell merged over its categories.
                    String text = c == 1 && row.gap().isEmpty() && r + line > areaStart ? "" : cells.get(c);
                    set(sheet, r + line, c, text, c == 0 || c >= width - marks ? styles.centred : styles.body);
                }
            }
            if (lines > 1) {
                mergeRowSpan(sheet, layout, row, r, r + lines - 1);
            }
            List<String> extras = new ArrayList<>(row.extras().cells());
            boolean reordered = !CellValues.boxOrder(row.category().channels()).equals(row.category().channels());
            extras.add(!reordered ? ""
                    : CellValues.channelLines(row.category().channels()));
            if (extras.stream().anyMatch(s -> !s.isEmpty())) {
                info.put(row.seq(), extras);
            }
            r += lines;
        }
        if (area != null) {
            merge(sheet, areaStart, r - 1, 1, 1);
        }
        widths(sheet, columns);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        return info;
    }

    private static void header(Sheet sheet, List<NationalLayout.Column> columns, Styles styles) {
        for (int c = 0; c < columns.size(); c++) {
            NationalLayout.Column col = columns.get(c);
            boolean grouped = !col.group().isEmpty();
            set(sheet, HEADER_ROW, c, grouped ? col.group() : col.label(), styles.header);
            set(sheet, HEADER_ROW + 1, c, grouped ? col.label() : "", styles.header);
            if (!grouped) {
                merge(sheet, HEADER_ROW, HEADER_ROW + 1, c, c);
            }
        }
        int c = 0;
        while (c < columns.size()) {
            String group = columns.get(c).group();
            int end = c;
            while (end + 1 < columns.size() && !group.isEmpty() && columns.get(end + 1).group().equals(group)) {
                end++;
            }
            if (!group.isEmpty()) {
                merge(sheet, HEADER_ROW, HEADER_ROW, c, end);
            }
            c = end + 1;
        }
    }

    /** Merges the cells of a row over its item lines, except the 三级事项 (and per-item content) columns. */
    private static void mergeRowSpan(Sheet sheet, NationalLayout layout, NationalLayout.Row row, int first,
            int last) {
        int itemsColumn = 3;
        int contentColumn = layout.hasItems() ? 4 : 3;
        for (int c = 0; c < layout.columns().size(); c++) {
            if (c == 1 || c == itemsColumn || c == contentColumn && !NationalLayout.contentMerged(row)) {
                continue;
            }
            merge(sheet, first, last, c, c);
        }
    }

    private static void infoSheet(Sheet sheet, Catalogue catalogue, NationalLayout layout, Map<Integer, List<String>> info,
            Styles styles) {
        int r = 0;
        for (Map.Entry<String, String> line : CatalogueMetadata.lines(catalogue)) {
            set(sheet, r, 0, line.getKey(), styles.header);
            set(sheet, r, 1, line.getValue(), styles.body);
            r++;
        }
        if (!info.isEmpty()) {
            r++;
            List<String> header = InfoSheet.extrasHeader();
            for (int c = 0; c < header.size(); c++) {
                set(sheet, r, c, header.get(c), styles.header);
            }
            r++;
            for (Map.Entry<Integer, List<String>> row : info.entrySet()) {
                set(sheet, r, 0, Integer.toString(row.getKey()), styles.centred);
                List<String> cells = row.getValue();
                for (int c = 0; c < cells.size(); c++) {
                    set(sheet, r, c + 1, cells.get(c), styles.body);
                }
                r++;
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c <= InfoSheet.extrasHeader().size(); c++) {
            sheet.setColumnWidth(c, 30 * 256);
        }
    }

    private static void widths(Sheet sheet, List<NationalLayout.Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            String label = columns.get(c).label();
            int chars = switch (label) {
                case "序号" -> 5;
                case "一级事项", "三级事项", "公开主体" -> 12;
                case "二级事项", "公开时限", "公开渠道和载体" -> 16;
                case "公开内容（要素）", "公开依据" -> 30;
                default -> 5;
            };
            sheet.setColumnWidth(c, chars * 2 * 256);
        }
    }

    private static void set(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow > firstRow || lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** The workbook's cell styles: title, header, body text, centred marks. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(wb);
            centred = bordered(wb);
            centred.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
