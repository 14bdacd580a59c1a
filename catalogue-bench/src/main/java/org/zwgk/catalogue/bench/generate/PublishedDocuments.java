package org.zwgk.catalogue.bench.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;

/**
 * Writes a generated catalogue as it is published: a .docx with one Word table (POI XWPF, header row repeated on
 * every page) and a PDF of that table exported page by page (PDFBox: ruled cells, wrapped text, the header on every
 * page, in WenQuanYi Zen Hei, Debian's fonts-wqy-zenhei). The cells are the national columns as catalogue-io's CSV
 * writer prints them.
 */
public final class PublishedDocuments {

    /** Where Debian puts the font the PDF needs. */
    public static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static final float MARGIN = 30;
    private static final float SIZE = 6;
    private static final float LEADING = 7.5f;
    private static final float PAD = 2;

    private PublishedDocuments() {
    }

    /** The header and rows of the generated rows as printed cells. */
    public static List<List<String>> table(String title, Iterator<NationalLayoutWorkbook.TableRow> rows)
            throws IOException {
        Map<String, List<Category>> byArea = new LinkedHashMap<>();
        rows.forEachRemaining(r -> byArea.computeIfAbsent(r.area(), k -> new ArrayList<>()).add(r.category()));
        List<Area> areas = byArea.entrySet().stream().map(e -> new Area(java.util.Optional.empty(), e.getKey(),
                e.getValue())).toList();
        Catalogue catalogue = Catalogue.builder("published", title).areas(areas).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(catalogue, Format.CSV, out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        int header = 0;
        while (!records.get(header).get(0).equals("序号")) {
            header++;
        }
        List<List<String>> table = new ArrayList<>();
        records.subList(header, records.size()).forEach(r -> table.add(r.toList()));
        return table;
    }

    /** Writes the table as a .docx under its title. */
    public static void docx(Path file, String title, List<List<String>> table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(title);
            int columns = table.get(0).size();
            XWPFTable t = doc.createTable(table.size(), columns);
            for (int r = 0; r < table.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                if (r == 0) {
                    row.setRepeatHeader(true);
                }
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    List<String> lines = table.get(r).get(c).lines().toList();
                    for (int i = 0; i < lines.size(); i++) {
                        (i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(lines.get(i));
                    }
                }
            }
            doc.write(out);
        }
    }

    /** Writes the table as a landscape A4 PDF under its title, the header repeated on every page. */
    public static void pdf(Path file, String title, List<List<String>> table) throws IOException {
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            int columns = table.get(0).size();
            float[] x = new float[columns + 1];
            float[] weights = new float[columns];
            float total = 0;
            for (int c = 0; c < columns; c++) {
                String label = table.get(0).get(c);
                weights[c] = label.startsWith("公开内容") || label.equals("公开依据") ? 3 : label.equals("序号")
                        || label.length() <= 4 && c > 7 ? 0.7f : 1.4f;
                total += weights[c];
            }
            x[0] = MARGIN;
            for (int c = 0; c < columns; c++) {
                x[c + 1] = x[c] + (size.getWidth() - 2 * MARGIN) * weights[c] / total;
            }
            PDPageContentStream out = null;
            float y = 0;
            for (int r = 1; r < table.size(); r++) {
                List<List<String>> rowLines = wrap(font, table.get(r), x);
                float height = height(rowLines);
                if (out == null || y - height < MARGIN) {
                    if (out != null) {
                        out.close();
                    }
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    out = new PDPageContentStream(doc, page);
                    y = size.getHeight() - MARGIN;
                    if (doc.getNumberOfPages() == 1) {
                        text(out, font, title, MARGIN, y - 12, 12);
                        y -= 20;
                    }
                    List<List<String>> header = wrap(font, table.get(0), x);
                    y = row(out, font, header, x, y, height(header));
                }
                y = row(out, font, rowLines, x, y, height);
            }
            if (out != null) {
                out.close();
            }
            doc.save(file.toFile());
        }
    }

    private static float height(List<List<String>> lines) {
        return lines.stream().mapToInt(List::size).max().orElse(1) * LEADING + 2 * PAD;
    }

    private static float row(PDPageContentStream out, PDType0Font font, List<List<String>> lines, float[] x,
            float top, float height) throws IOException {
        out.setLineWidth(0.5f);
        for (int c = 0; c < lines.size(); c++) {
            out.addRect(x[c], top - height, x[c + 1] - x[c], height);
            out.stroke();
            float ty = top - PAD - SIZE;
            for (String line : lines.get(c)) {
                text(out, font, line, x[c] + PAD, ty, SIZE);
                ty -= LEADING;
            }
        }
        return top - height;
    }

    private static List<List<String>> wrap(PDType0Font font, List<String> cells, float[] x) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            float width = x[c + 1] - x[c] - 2 * PAD;
            List<String> lines = new ArrayList<>();
            for (String paragraph : cells.get(c).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < paragraph.length(); ) {
                    int cp = paragraph.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && font.getStringWidth(line + ch) / 1000 * SIZE > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            out.add(lines);
        }
        return out;
    }

    private static void text(PDPageContentStream out, PDType0Font font, String text, float x, float y, float size)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
