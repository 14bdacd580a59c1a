package org.zwgk.catalogue.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corpus of published layouts: the national rows laid out as bureaus publish them, in Word, PDF and
 * workbooks, each made here with POI or PDFBox (the .doc files were converted from the .docx layouts by LibreOffice
 * and are kept as files, since POI cannot write a .doc).
 */
final class PublishedLayouts {

    /** One layout: its name in the corpus, the file name it is read as, and how to make its bytes (made once). */
    record Layout(String name, String file, boolean needsFont, Supplier<byte[]> bytes) {
        Layout {
            Supplier<byte[]> make = bytes;
            bytes = () -> MADE.computeIfAbsent(name, k -> make.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String FILLER = "填报单位：（盖章）            填报日期：    年  月  日";
    static final String LEGEND_CHANNELS = "公开渠道和载体（“■”表示必选项，“□”表示可选项）";

    private static final java.util.Map<String, byte[]> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    private PublishedLayouts() {
    }

    static List<Layout> all() {
        List<Layout> all = new ArrayList<>();
        all.add(word("docx-two-row-header", "county.docx", () -> new WordWriter().paragraph(Published.TITLE)
                .table(Published.twoRowHeader(), 2).bytes()));
        all.add(word("docx-flat-header-filler-line", "county.docx", () -> new WordWriter().paragraph("附件1")
                .paragraph(Published.TITLE).paragraph(FILLER).table(Published.flat(), 1).bytes()));
        all.add(word("docx-one-table-per-area", "county.docx", PublishedLayouts::perAreaDocx));
        all.add(word("docx-table-continued-without-header", "county.docx", () -> {
            Sheet flat = Published.flat();
            return new WordWriter().paragraph(Published.TITLE).table(flat.slice(0, 5), 1).pageBreak()
                    .table(flat.slice(5, flat.rows.size()), 0).bytes();
        }));
        all.add(word("docx-table-continued-header-repeated", "county.docx", () -> {
            Sheet flat = Published.flat();
            return new WordWriter().paragraph(Published.TITLE).table(flat.slice(0, 5), 1).pageBreak()
                    .table(flat.slice(5, flat.rows.size()).withHeader(flat, 1), 1).bytes();
        }));
        all.add(word("docx-legend-in-headers", "county.docx", () -> new WordWriter().paragraph(Published.TITLE)
                .table(legends(Published.twoRowHeader()), 2).bytes()));
        all.add(word("docx-channel-per-column", "county.docx", () -> new WordWriter().paragraph(Published.TITLE)
                .table(channelColumns(), 2).bytes()));
        all.add(word("docx-footnote-rows", "county.docx", () -> new WordWriter().paragraph(Published.TITLE)
                .table(footnotes(Published.flat()), 1).paragraph("注：本目录根据环办厅函〔2019〕672号编制。").bytes()));
        all.add(word("docx-unrecognised-column", "county.docx", () -> new WordWriter().paragraph(Published.TITLE)
                .table(extraColumn(Published.flat(), "联系电话"), 1).bytes()));
        all.add(word("wps-saved-as-docx", "county.wps", () -> new WordWriter().paragraph(Published.TITLE)
                .table(Published.flat(), 1).bytes()));
        all.add(new Layout("doc-two-row-header", "county.doc", false, () -> resource("doc-two-row-header.doc")));
        all.add(new Layout("doc-one-table-per-area", "county.doc", false,
                () -> resource("doc-one-table-per-area.doc")));
        all.add(pdf("pdf-portrait-header-repeated", () -> pages(PDRectangle.A4, Published.flat(), 1, 3, true)));
        all.add(pdf("pdf-landscape-two-row-header", () -> pages(landscape(), Published.twoRowHeader(), 2, 4, true)));
        all.add(pdf("pdf-header-on-first-page-only", () -> pages(landscape(), Published.flat(), 1, 5, false)));
        all.add(pdf("pdf-row-cut-by-page-break", PublishedLayouts::rowCut));
        all.add(pdf("pdf-legend-channel-per-column", () -> pages(landscape(), legends(channelColumns()), 2, 9,
                true)));
        all.add(pdf("pdf-one-page-per-area", PublishedLayouts::perAreaPdf));
        all.add(pdf("pdf-filler-line-and-footnotes", () -> new PdfWriter(landscape(), weights(
                Published.HEADER.size())).page(List.of(Published.TITLE, FILLER), footnotes(Published.flat()))
                .bytes()));
        all.add(new Layout("xlsx-one-sheet-per-area", "county.xlsx", false, PublishedLayouts::perAreaSheets));
        all.add(new Layout("xlsx-instructions-sheet-first", "county.xlsx", false, () -> workbook(
                List.of("填表说明", "1. 每个二级事项填写一行。", "2. 公开渠道和载体可多选。"), Published.flat(), "目录")));
        all.add(new Layout("xlsx-legend-in-channel-header", "county.xlsx", false, () -> workbook(List.of(),
                legendFlat(), "Sheet1")));
        all.add(new Layout("xls-that-is-html", "county.xls", false, PublishedLayouts::html));
        all.add(new Layout("xls-that-is-csv", "county.xls", false, PublishedLayouts::csv));
        return all;
    }

    private static Layout word(String name, String file, Supplier<byte[]> bytes) {
        return new Layout(name, file, false, bytes);
    }

    private static Layout pdf(String name, Supplier<byte[]> bytes) {
        return new Layout(name, "county.pdf", true, bytes);
    }

    static PDRectangle landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    private static float[] weights(int columns) {
        float[] national = PdfWriter.nationalWeights();
        float[] w = Arrays.copyOf(national, columns);
        for (int i = national.length; i < columns; i++) {
            w[i] = 0.7f;
        }
        return w;
    }

    /** The table cut into pages of {@code perPage} data rows, the header on every page or the first only. */
    private static byte[] pages(PDRectangle size, Sheet table, int headerRows, int perPage, boolean repeat) {
        PdfWriter pdf = new PdfWriter(size, weights(table.columns));
        int rows = table.rows.size();
        for (int from = headerRows; from < rows; from += perPage) {
            Sheet body = table.slice(from, Math.min(rows, from + perPage));
            boolean first = from == headerRows;
            pdf.page(first ? List.of(Published.TITLE) : List.of(), first || repeat ? body.withHeader(table,
                    headerRows) : body);
        }
        return pdf.bytes();
    }

    /** Page 1 ends inside row 2: its content and legal basis go on at the top of page 2, in a row of their own. */
    private static byte[] rowCut() {
        Sheet flat = Published.flat();
        int content = Published.column("公开内容（要素）");
        int basis = Published.column("公开依据");
        String[] cut = flat.rows.get(2).clone();
        String[] rest = new String[flat.columns];
        Arrays.fill(rest, "");
        String[] contentLines = cut[content].split("\n");
        String[] basisLines = cut[basis].split("\n");
        cut[content] = String.join("\n", Arrays.copyOfRange(contentLines, 0, contentLines.length - 1));
        rest[content] = contentLines[contentLines.length - 1];
        cut[basis] = String.join("\n", Arrays.copyOfRange(basisLines, 0, basisLines.length - 1));
        rest[basis] = basisLines[basisLines.length - 1];
        Sheet page1 = flat.slice(0, 2).row(cut);
        Sheet page2 = new Sheet(flat.columns).row(rest).rows(flat.rows.subList(3, flat.rows.size()));
        return new PdfWriter(landscape(), weights(flat.columns)).page(List.of(Published.TITLE), page1)
                .page(List.of(), page2.withHeader(flat, 1)).bytes();
    }

    /** The national columns without 一级事项 (for one table per area). */
    private static Sheet withoutArea(List<String[]> rows) {
        int area = Published.column("一级事项");
        Sheet s = new Sheet(Published.HEADER.size() - 1);
        s.row(drop(Published.HEADER.toArray(String[]::new), area));
        rows.forEach(r -> s.row(drop(r, area)));
        return s;
    }

    private static String[] drop(String[] row, int column) {
        List<String> cells = new ArrayList<>(Arrays.asList(row));
        cells.remove(column);
        return cells.toArray(String[]::new);
    }

    private static List<String[]> rowsOf(String area) {
        int a = Published.column("一级事项");
        return Published.ROWS.stream().filter(r -> r[a].equals(area)).toList();
    }

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private static byte[] perAreaDocx() {
        WordWriter word = new WordWriter().paragraph(Published.TITLE);
        List<String> areas = Published.areas();
        for (int i = 0; i < areas.size(); i++) {
            word.paragraph(ORDINALS[i] + "、" + areas.get(i)).table(withoutArea(rowsOf(areas.get(i))), 1);
        }
        return word.bytes();
    }

    private static byte[] perAreaPdf() {
        float[] all = PdfWriter.nationalWeights();
        int area = Published.column("一级事项");
        float[] w = new float[all.length - 1];
        for (int i = 0, j = 0; i < all.length; i++) {
            if (i != area) {
                w[j++] = all[i];
            }
        }
        PdfWriter pdf = new PdfWriter(landscape(), w);
        for (String a : Published.areas()) {
            pdf.page(List.of(Published.TITLE + "（" + a + "）"), withoutArea(rowsOf(a)));
        }
        return pdf.bytes();
    }

    /** The legends bureaus print in headings: on 公开渠道和载体 and on 公开对象. */
    static Sheet legends(Sheet twoRow) {
        for (int c = 0; c < twoRow.columns; c++) {
            String top = twoRow.rows.get(0)[c];
            if (top.equals("公开渠道和载体")) {
                twoRow.rows.get(0)[c] = LEGEND_CHANNELS;
            } else if (top.equals("公开对象")) {
                twoRow.rows.get(0)[c] = "公开对象（可多选）";
            }
        }
        return twoRow;
    }

    private static Sheet legendFlat() {
        Sheet s = Published.flat();
        s.rows.get(0)[Published.column("公开渠道和载体")] = LEGEND_CHANNELS;
        return s;
    }

    /**
     * The two-row national header with 公开渠道和载体 over one column per channel the rows use, ticked √, in
     * place of the one channel column.
     */
    static Sheet channelColumns() {
        Sheet base = Published.twoRowHeader();
        int channelColumn = Published.column("公开渠道和载体");
        Set<String> channels = new LinkedHashSet<>();
        Published.ROWS.forEach(r -> r[channelColumn].lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(channels::add));
        List<String> options = List.copyOf(channels);
        int width = base.columns - 1 + options.size();
        Sheet s = new Sheet(width);
        for (int r = 0; r < base.rows.size(); r++) {
            String[] old = base.rows.get(r);
            List<String> cells = new ArrayList<>(Arrays.asList(old).subList(0, channelColumn));
            for (int k = 0; k < options.size(); k++) {
                if (r == 0) {
                    cells.add(k == 0 ? "公开渠道和载体" : "");
                } else if (r == 1) {
                    cells.add(options.get(k));
                } else {
                    cells.add(old[channelColumn].lines().map(String::strip).anyMatch(options.get(k)::equals)
                            ? "√" : "");
                }
            }
            cells.addAll(Arrays.asList(old).subList(channelColumn + 1, old.length));
            s.row(cells.toArray(String[]::new));
        }
        int shift = options.size() - 1;
        for (Sheet.Merge m : base.merges) {
            if (m.firstColumn() == channelColumn) {
                continue;
            }
            int first = m.firstColumn() > channelColumn ? m.firstColumn() + shift : m.firstColumn();
            int last = m.lastColumn() > channelColumn ? m.lastColumn() + shift : m.lastColumn();
            s.merge(m.firstRow(), first, m.lastRow(), last);
        }
        s.merge(0, channelColumn, 0, channelColumn + shift);
        return s;
    }

    /** The table with the rows that sign it off: a remark across the table, who filled and checked it. */
    static Sheet footnotes(Sheet table) {
        int n = table.columns;
        int at = table.rows.size();
        String[] remark = new String[n];
        Arrays.fill(remark, "");
        remark[0] = "备注：公开时限未作规定的，按照《中华人民共和国政府信息公开条例》执行。";
        String[] sign = new String[n];
        Arrays.fill(sign, "");
        sign[0] = "填表人：";
        sign[n / 3] = "审核人：";
        sign[2 * n / 3] = "联系电话：";
        table.row(remark).row(sign).merge(at, 0, at, n - 1);
        table.merge(at + 1, 0, at + 1, n / 3 - 1).merge(at + 1, n / 3, at + 1, 2 * n / 3 - 1)
                .merge(at + 1, 2 * n / 3, at + 1, n - 1);
        return table;
    }

    /** The table with one more column at the right, headed {@code label}, left empty. */
    static Sheet extraColumn(Sheet table, String label) {
        Sheet s = new Sheet(table.columns + 1);
        for (int r = 0; r < table.rows.size(); r++) {
            String[] row = Arrays.copyOf(table.rows.get(r), table.columns + 1);
            row[table.columns] = r == 0 ? label : "";
            s.row(row);
        }
        s.merges.addAll(table.merges);
        return s;
    }

    private static byte[] perAreaSheets() {
        try (Workbook wb = new XSSFWorkbook()) {
            for (String area : Published.areas()) {
                Sheet table = withoutArea(rowsOf(area));
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(area);
                sheet.createRow(0).createCell(0).setCellValue(Published.TITLE + "（" + area + "）");
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.columns - 1));
                fill(sheet, table, 1);
            }
            return write(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] workbook(List<String> instructions, Sheet table, String name) {
        try (Workbook wb = new XSSFWorkbook()) {
            if (!instructions.isEmpty()) {
                org.apache.poi.ss.usermodel.Sheet notes = wb.createSheet(instructions.get(0));
                for (int i = 0; i < instructions.size(); i++) {
                    notes.createRow(i).createCell(0).setCellValue(instructions.get(i));
                }
            }
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(name);
            sheet.createRow(0).createCell(0).setCellValue(Published.TITLE);
            fill(sheet, table, 1);
            return write(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, Sheet table, int offset) {
        for (int r = 0; r < table.rows.size(); r++) {
            Row row = sheet.createRow(r + offset);
            for (int c = 0; c < table.columns; c++) {
                if (!table.rows.get(r)[c].isEmpty()) {
                    row.createCell(c).setCellValue(table.rows.get(r)[c]);
                }
            }
        }
        for (Sheet.Merge m : table.merges) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow() + offset, m.lastRow() + offset, m.firstColumn(),
                    m.lastColumn()));
        }
    }

    private static byte[] write(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** A portal's "export to Excel": an HTML table saved with the .xls extension. */
    private static byte[] html() {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">");
        sb.append("<tr><td colspan=\"").append(Published.HEADER.size()).append("\">").append(Published.TITLE)
                .append("</td></tr>");
        Sheet flat = Published.flat();
        for (String[] row : flat.rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(cell.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>"))
                        .append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Another portal's export: CSV text saved with the .xls extension. */
    private static byte[] csv() {
        StringBuilder sb = new StringBuilder();
        for (String[] row : Published.flat().rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (var in = PublishedLayouts.class.getResourceAsStream("published/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource published/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
