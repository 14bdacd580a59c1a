package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * The user's own workbook annotated: written by catalogue-io in the national layout, read back with its cells,
 * checked, annotated; and the findings-only xlsx renderer.
 */
class AnnotatedWorkbookTest {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private static byte[] sourceWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(Editions.byId("sample-county-shortfalls").orElseThrow(), Format.XLSX, out);
        return out.toByteArray();
    }

    private static Report check(byte[] source) throws Exception {
        return Fixtures.checker("sample-county-shortfalls").check(CheckInput.of(
                CatalogueReader.read(new ByteArrayInputStream(source), "county.xlsx"), "county.xlsx", "0".repeat(64)));
    }

    private static byte[] annotate(Report report, byte[] source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedWorkbook.write(report, source, Locale.SIMPLIFIED_CHINESE, out);
        return out.toByteArray();
    }

    private static Workbook open(byte[] bytes) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    @Test
    void eachFindingIsACommentOnItsCellAndARowNoteAndTheRestIsUntouched() throws Exception {
        byte[] source = sourceWorkbook();
        Report report = check(source);
        assertThat(report.findings()).isNotEmpty();
        byte[] annotated = annotate(report, source);
        try (Workbook before = open(source); Workbook after = open(annotated)) {
            Set<String> findingCells = new TreeSet<>();
            int located = 0;
            for (Finding f : report.findings()) {
                if (f.location().source().flatMap(SourceLocation::sheet).isEmpty()) {
                    continue;
                }
                SourceLocation s = f.location().source().get();
                Sheet sheet = after.getSheet(s.sheet().get());
                int row = s.row().getAsInt() - 1;
                int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(s.column().orElseThrow());
                Comment c = sheet.getRow(row).getCell(col).getCellComment();
                assertThat(c).as("comment at %s", s).isNotNull();
                assertThat(c.getString().getString()).contains(f.message(Locale.SIMPLIFIED_CHINESE));
                assertThat(c.getAuthor()).isEqualTo("zwgk-catalogue");
                findingCells.add(s.sheet().get() + "!" + row + ":" + col);
                located++;
            }
            assertThat(located).isPositive();

            Sheet original = before.getSheetAt(0);
            Sheet changed = after.getSheet(original.getSheetName());
            int problemsColumn = -1;
            for (Row r : original) {
                problemsColumn = Math.max(problemsColumn, r.getLastCellNum());
            }
            int notes = 0;
            for (Row r : changed) {
                Cell note = r.getCell(problemsColumn);
                if (note != null && !FORMAT.formatCellValue(note).isEmpty()) {
                    notes++;
                }
            }
            assertThat(notes).as("rows with a 问题 note, plus its header").isGreaterThan(1);

            for (Row r : original) {
                for (Cell c : r) {
                    Cell now = changed.getRow(r.getRowNum()).getCell(c.getColumnIndex());
                    assertThat(now.getCellType()).isEqualTo(c.getCellType());
                    assertThat(FORMAT.formatCellValue(now)).isEqualTo(FORMAT.formatCellValue(c));
                    if (!findingCells.contains(original.getSheetName() + "!" + r.getRowNum() + ":" + c.getColumnIndex())) {
                        assertThat(now.getCellComment()).as("untouched %s", now.getAddress()).isNull();
                    }
                }
            }
            Sheet findings = after.getSheet("问题清单");
            assertThat(findings).isNotNull();
            assertThat(findings.getLastRowNum() - findings.getFirstRowNum() + 1)
                    .isEqualTo(3 + 1 + 1 + report.findings().size());
        }
    }

    @Test
    void theAnnotatedWorkbookMatchesItsGoldenDump() throws Exception {
        byte[] source = sourceWorkbook();
        try (Workbook wb = open(annotate(check(source), source))) {
            StringBuilder dump = new StringBuilder();
            for (Sheet sheet : wb) {
                dump.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row r : sheet) {
                    for (Cell c : r) {
                        String value = FORMAT.formatCellValue(c);
                        Comment comment = c.getCellComment();
                        if (value.isEmpty() && comment == null) {
                            continue;
                        }
                        dump.append(c.getAddress()).append(" = ").append(value.replace("\n", "⏎"));
                        if (comment != null) {
                            dump.append("  // ").append(comment.getString().getString().replace("\n", "⏎"));
                        }
                        if (c.getHyperlink() != null) {
                            dump.append("  -> ").append(c.getHyperlink().getAddress());
                        }
                        dump.append('\n');
                    }
                }
            }
            Fixtures.assertGolden("sample-county-shortfalls.annotated.zh.xlsx.txt", dump.toString());
        }
    }

    @Test
    void theSameReportAndWorkbookGiveTheSameBytes() throws Exception {
        byte[] source = sourceWorkbook();
        Report report = check(source);
        assertThat(annotate(report, source)).isEqualTo(annotate(report, source));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ReportRenderer.byName("xlsx").orElseThrow().render(report, Locale.SIMPLIFIED_CHINESE, a);
        ReportRenderer.byName("xlsx").orElseThrow().render(report, Locale.SIMPLIFIED_CHINESE, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        for (byte[] xlsx : List.of(a.toByteArray(), annotate(report, source))) {
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
                    if (e.getName().equals("docProps/core.xml")) {
                        String core = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        assertThat(core.replaceAll("2026-01-01T00:00:00Z", "")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
                    }
                }
            }
        }
    }

    @Test
    void theFindingsWorkbookWritesTextNeverFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.byName("xlsx").orElseThrow().render(Fixtures.hostileReport(), Locale.SIMPLIFIED_CHINESE, out);
        try (Workbook wb = open(out.toByteArray())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            boolean sawHostile = false;
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    sawHostile |= c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=HYPERLINK");
                }
            }
            assertThat(sawHostile).as("the hostile text is there, as text").isTrue();
        }
    }

    /** The same catalogue as an Excel 97–2003 workbook: values and merged cells copied into HSSF. */
    private static byte[] asXls(byte[] xlsx) throws IOException {
        try (Workbook in = open(xlsx); Workbook out = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            for (Sheet s : in) {
                Sheet copy = out.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row rc = copy.createRow(r.getRowNum());
                    for (Cell c : r) {
                        rc.createCell(c.getColumnIndex()).setCellValue(FORMAT.formatCellValue(c));
                    }
                }
                for (org.apache.poi.ss.util.CellRangeAddress region : s.getMergedRegions()) {
                    copy.addMergedRegion(region);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void anXlsWorkbookStaysXlsAndGetsItsComments() throws Exception {
        byte[] xls = asXls(sourceWorkbook());
        Report report = Fixtures.checker("sample-county-shortfalls").check(CheckInput.of(
                CatalogueReader.read(new ByteArrayInputStream(xls), "county.xls"), "county.xls", "0".repeat(64)));
        assertThat(report.findings()).isNotEmpty();
        byte[] annotated = annotate(report, xls);
        try (Workbook wb = open(annotated)) {
            assertThat(wb).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
            Finding located = report.findings().stream()
                    .filter(f -> f.location().source().flatMap(SourceLocation::column).isPresent()).findFirst()
                    .orElseThrow();
            SourceLocation s = located.location().source().get();
            Cell cell = wb.getSheet(s.sheet().orElseThrow()).getRow(s.row().getAsInt() - 1)
                    .getCell(org.apache.poi.ss.util.CellReference.convertColStringToIndex(s.column().get()));
            assertThat(cell.getCellComment().getString().getString()).contains(located.message(Locale.SIMPLIFIED_CHINESE));
            assertThat(wb.getSheet("问题清单")).isNotNull();
        }
    }
    @Test
    void bothSheetsPrintOnLandscapeA4OnePageWideWithTheHeaderRowRepeated() throws Exception {
        for (byte[] source : List.of(sourceWorkbook(), asXls(sourceWorkbook()))) {
            String name = source[0] == 'P' ? "county.xlsx" : "county.xls";
            Report report = Fixtures.checker("sample-county-shortfalls").check(CheckInput.of(
                    CatalogueReader.read(new ByteArrayInputStream(source), name), name, "0".repeat(64)));
            try (Workbook wb = open(annotate(report, source))) {
                Sheet catalogue = wb.getSheetAt(0);
                Sheet findings = wb.getSheet("问题清单");
                for (Sheet sheet : List.of(catalogue, findings)) {
                    String where = name + " " + sheet.getSheetName();
                    assertThat(sheet.getPrintSetup().getLandscape()).as(where).isTrue();
                    assertThat(sheet.getPrintSetup().getPaperSize()).as(where)
                            .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                    assertThat(sheet.getFitToPage()).as(where).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(where).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(where).isZero();
                    assertThat(sheet.getRepeatingRows()).as(where).isNotNull();
                }
                // The findings sheet repeats its own column headings; the catalogue its table header.
                int headings = findings.getRepeatingRows().getFirstRow();
                assertThat(FORMAT.formatCellValue(findings.getRow(headings).getCell(0))).isNotBlank();
                assertThat(findings.getRow(headings + 1).getCell(7).getCellStyle().getWrapText()).isTrue();
            }
        }
    }
}
