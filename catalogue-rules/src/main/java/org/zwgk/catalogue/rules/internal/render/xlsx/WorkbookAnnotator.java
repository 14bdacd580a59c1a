package org.zwgk.catalogue.rules.internal.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * Returns the user's own workbook with every finding attached where it is: a cell comment on the finding's cell,
 * a 问题 column after the last used column of each row with findings, and a findings sheet listing them all. Cells
 * without a finding are not touched; the workbook keeps its format (.xlsx stays .xlsx, .xls stays .xls).
 */
public final class WorkbookAnnotator {

    /** The comments' author. */
    static final String AUTHOR = "zwgk-catalogue";

    private WorkbookAnnotator() {
    }

    public static void write(Report report, byte[] source, Locale locale, OutputStream out) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(source))) {
            CreationHelper helper = wb.getCreationHelper();
            Map<String, Map<Integer, List<Finding>>> bySheetRow = new LinkedHashMap<>();
            Map<String, Map<String, List<Finding>>> bySheetCell = new LinkedHashMap<>();
            for (Finding f : report.findings()) {
                Optional<SourceLocation> s = f.location().source();
                if (s.isEmpty() || s.get().sheet().isEmpty() || s.get().row().isEmpty()
                        || wb.getSheet(s.get().sheet().get()) == null) {
                    continue;
                }
                String sheet = s.get().sheet().get();
                int row = s.get().row().getAsInt() - 1;
                bySheetRow.computeIfAbsent(sheet, k -> new LinkedHashMap<>())
                        .computeIfAbsent(row, k -> new ArrayList<>()).add(f);
                if (s.get().column().isPresent()) {
                    bySheetCell.computeIfAbsent(sheet, k -> new LinkedHashMap<>())
                            .computeIfAbsent(row + ":" + s.get().column().get(), k -> new ArrayList<>()).add(f);
                }
            }
            CellStyle header = headerStyle(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            for (Map.Entry<String, Map<String, List<Finding>>> e : bySheetCell.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey());
                Drawing<?> drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                        : sheet.createDrawingPatriarch();
                for (Map.Entry<String, List<Finding>> cellFindings : e.getValue().entrySet()) {
                    String[] at = cellFindings.getKey().split(":");
                    comment(sheet, drawing, helper, Integer.parseInt(at[0]), columnIndex(at[1]),
                            text(cellFindings.getValue(), locale, true));
                }
            }
            for (Map.Entry<String, Map<Integer, List<Finding>>> e : bySheetRow.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey());
                int column = lastUsedColumn(sheet) + 1;
                int headerRow = headerRow(report, e.getKey()).orElse(-1);
                if (headerRow >= 0) {
                    Cell h = row(sheet, headerRow).createCell(column);
                    h.setCellValue(RuleMessages.format(locale, "xlsx.problems-column"));
                    h.setCellStyle(header);
                }
                for (Map.Entry<Integer, List<Finding>> rowFindings : e.getValue().entrySet()) {
                    Cell c = row(sheet, rowFindings.getKey()).createCell(column);
                    c.setCellValue(text(rowFindings.getValue(), locale, false));
                    c.setCellStyle(wrap);
                }
                sheet.setColumnWidth(column, 60 * 256);
                PrintLayout.landscapeA4(sheet, headerRow);
            }
            FindingsSheet.add(wb, report, locale);
            if (wb instanceof XSSFWorkbook) {
                Zips.writeReproducibly(wb, out);
            } else {
                wb.write(out);
            }
        }
    }

    private static CellStyle headerStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    /** The row above the child's first category row: its table header. */
    private static Optional<Integer> headerRow(Report report, String sheet) {
        return report.alignment().matches().stream().map(Match::source).flatMap(Optional::stream)
                .filter(s -> s.sheet().equals(Optional.of(sheet)) && s.row().isPresent())
                .map(s -> s.row().getAsInt() - 2).filter(r -> r >= 0).min(Integer::compare);
    }

    private static int lastUsedColumn(Sheet sheet) {
        int last = -1;
        for (Row r : sheet) {
            last = Math.max(last, r.getLastCellNum() - 1);
        }
        return last;
    }

    private static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    private static void comment(Sheet sheet, Drawing<?> drawing, CreationHelper helper, int rowIndex, int column,
            String text) {
        Row r = row(sheet, rowIndex);
        Cell cell = r.getCell(column);
        if (cell == null) {
            cell = r.createCell(column);
        }
        Comment existing = cell.getCellComment();
        if (existing != null) {
            existing.setString(helper.createRichTextString(existing.getString().getString() + "\n\n" + text));
            return;
        }
        // The anchor's first cell is the comment's cell (POI files the comment under it): the commented cell itself.
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    private static String text(List<Finding> findings, Locale locale, boolean withBasis) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append('[').append(RuleMessages.format(locale, "severity." + f.severity().name())).append("] ")
                    .append(f.message(locale));
            if (withBasis) {
                b.append(" (").append(f.ruleId()).append(')');
                f.legalBasis().ifPresent(l -> b.append('\n').append(RuleMessages.format(locale, "report.legal-basis", l)));
            }
        }
        return b.toString();
    }

    /** Excel's letters as a 0-based column index: A → 0, AA → 26. */
    static int columnIndex(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (Character.toUpperCase(c) - 'A' + 1);
        }
        return n - 1;
    }
}
