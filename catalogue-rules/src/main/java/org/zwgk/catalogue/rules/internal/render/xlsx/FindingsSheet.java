package org.zwgk.catalogue.rules.internal.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.SuppressedFinding;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * The findings sheet: the score and counts on top, then one row per finding (active, then suppressed), each with a
 * link to its cell where the finding has one in this workbook. Values are written as text cells, never as
 * formulas, so catalogue text cannot run.
 */
final class FindingsSheet {

    private static final List<String> COLUMNS = List.of("input", "severity", "rule", "area", "category", "field",
            "cell", "message", "parent-value", "child-value", "legal-basis", "fingerprint", "suppressed");
    private static final int[] WIDTHS = {24, 8, 30, 20, 28, 12, 18, 60, 40, 40, 40, 18, 24};
    /** Columns of long text, wrapped so that a printed page stays one page wide: area, category, values, basis. */
    private static final Set<Integer> WRAPPED = Set.of(3, 4, 7, 8, 9, 10, 12);

    private FindingsSheet() {
    }

    static void add(Workbook wb, List<Report> reports, Locale locale) {
        String name = RuleMessages.format(locale, "xlsx.findings-sheet");
        String unique = name;
        for (int i = 2; wb.getSheet(unique) != null; i++) {
            unique = name + " (" + i + ")";
        }
        Sheet sheet = wb.createSheet(unique);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        for (Report report : reports) {
            Score s = report.score();
            Cell title = sheet.createRow(r++).createCell(0);
            title.setCellValue(RuleMessages.format(locale, "report.title") + " — "
                    + report.input().path().orElse(report.input().title()));
            title.setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(RuleMessages.format(locale, "report.score", s.value(),
                    s.coverageText(), s.met(), s.expected()));
            sheet.createRow(r++).createCell(0).setCellValue(RuleMessages.format(locale, "report.summary",
                    report.errors(), report.warnings(), report.infos()) + "；" + suppressedLine(locale, report));
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(RuleMessages.format(locale, "xlsx.column." + COLUMNS.get(i)));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        for (Report report : reports) {
            List<Finding> all = new ArrayList<>(report.findings());
            List<String> why = new ArrayList<>(java.util.Collections.nCopies(all.size(), ""));
            for (SuppressedFinding sf : report.suppressed()) {
                all.add(sf.finding());
                why.add(RuleMessages.format(locale, "suppressed." + sf.kind().name())
                        + sf.waiver().map(w -> "：" + w.reason()).orElse(""));
            }
            for (int i = 0; i < all.size(); i++) {
                Finding f = all.get(i);
                Row row = sheet.createRow(r++);
                Optional<SourceLocation> s = f.location().source();
                List<String> values = List.of(report.input().path().orElse(report.input().title()),
                        RuleMessages.format(locale, "severity." + f.severity().name()), f.ruleId(),
                        f.location().area().orElse(""), f.location().category().orElse(""),
                        f.location().field().map(x -> "en".equals(locale.getLanguage()) ? x.jsonName() : x.label())
                                .orElse(""),
                        s.map(SourceLocation::toString).orElse(""), f.message(locale), f.parentValue().orElse(""),
                        f.childValue().orElse(""), f.legalBasis().orElse(""), f.fingerprint(), why.get(i));
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values.get(c));
                    if (WRAPPED.contains(c)) {
                        cell.setCellStyle(wrap);
                    }
                }
                link(wb, row.getCell(6), s);
            }
            for (Problem p : report.input().problems()) {
                // A reading problem: its id where a rule stands, 读取问题 as its kind, its cell and message.
                Row row = sheet.createRow(r++);
                List<String> values = List.of(report.input().path().orElse(report.input().title()),
                        RuleMessages.format(locale, "report.read-problem"), p.messageId(), "", "", "",
                        p.location().toString(), p.message(locale));
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
                row.getCell(7).setCellStyle(wrap);
                link(wb, row.getCell(6), Optional.of(p.location()));
            }
        }
        sheet.createFreezePane(0, header.getRowNum() + 1);
        PrintLayout.landscapeA4(sheet, header.getRowNum());
    }

    static void add(Workbook wb, Report report, Locale locale) {
        add(wb, List.of(report), locale);
    }

    private static String suppressedLine(Locale locale, Report r) {
        return RuleMessages.format(locale, "report.suppressed", r.suppressedCount(SuppressedFinding.Kind.BASELINE),
                r.suppressedCount(SuppressedFinding.Kind.WAIVER));
    }

    /** A link from the findings sheet to the finding's own cell, where it is in this workbook. */
    private static void link(Workbook wb, Cell cell, Optional<SourceLocation> s) {
        if (s.isEmpty() || s.get().sheet().isEmpty() || s.get().row().isEmpty()
                || wb.getSheet(s.get().sheet().get()) == null) {
            return;
        }
        String column = s.get().column().orElse("A");
        String ref = new CellReference(s.get().sheet().get(), s.get().row().getAsInt() - 1,
                WorkbookAnnotator.columnIndex(column), false, false).formatAsString();
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(ref);
        cell.setHyperlink(link);
    }
}
