package org.zwgk.catalogue.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.zwgk.catalogue.io.testing.HostileDocuments;

/**
 * The corpus of broken and hostile inputs, written at test time (the big ones would be 50–100 MB in git), each
 * with the problem id the reader must give for it. Small, deterministic, and built without the readers' own
 * writers, so that a reader bug cannot hide in a writer bug.
 */
final class BrokenInputs {

    /**
     * One broken file.
     *
     * @param name       the file name
     * @param expectedId the problem id it must give
     * @param write      writes it
     */
    record Broken(String name, String expectedId, Writer write, boolean readable) {
        /** A file the reader refuses whole: nothing of it can be checked. */
        Broken(String name, String expectedId, Writer write) {
            this(name, expectedId, write, false);
        }

        @Override
        public String toString() {
            return name + " → " + expectedId;
        }
    }

    /** Writes one broken file. */
    @FunctionalInterface
    interface Writer {
        void to(Path file) throws IOException;
    }

    private static final String HEADER = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式";

    private BrokenInputs() {
    }

    /** Every broken input, in a stable order. */
    static List<Broken> all() {
        List<Broken> all = new ArrayList<>();
        all.add(new Broken("empty.csv", "io.empty-file", f -> Files.write(f, new byte[0])));
        all.add(new Broken("garbage.xlsx", "io.unknown-format", f -> {
            byte[] b = new byte[64 * 1024];
            new Random(6).nextBytes(b);
            b[0] = 0x01;
            Files.write(f, b);
        }));
        all.add(new Broken("truncated.xlsx", "io.corrupt-workbook", f -> {
            byte[] whole = xlsx(sheet(rows(3, 10)), Map.of());
            Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        }));
        all.add(new Broken("zip-bomb.xlsx", "io.limit.inflate-ratio", f -> Files.write(f,
                xlsx(sheet(" ".repeat(60_000_000)), Map.of()))));
        all.add(new Broken("xxe.xlsx", "io.xml-dtd", f -> Files.write(f, xlsx(
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")
                        .substring(sheet("").indexOf("<worksheet")), Map.of()))));
        all.add(new Broken("zip-bomb.docx", "io.limit.inflate-ratio", f -> Files.write(f,
                HostileDocuments.zipBombDocx())));
        all.add(new Broken("xxe.docx", "io.xml-dtd", f -> Files.write(f, HostileDocuments.externalEntityDocx())));
        all.add(new Broken("10000-pages.pdf", "io.limit.pages", f -> Files.write(f,
                HostileDocuments.tenThousandPages())));
        all.add(new Broken("deeply-nested.pdf", "io.corrupt-pdf", f -> Files.write(f,
                HostileDocuments.deeplyNested())));
        all.add(new Broken("encrypted.pdf", "io.encrypted-pdf", f -> Files.write(f, HostileDocuments.encrypted())));
        all.add(new Broken("scanned.pdf", "io.pdf-no-text", f -> Files.write(f, HostileDocuments.scanned())));
        all.add(new Broken("billion-laughs.xlsx", "io.xml-dtd", f -> Files.write(f, xlsx(sheet(""), Map.of(
                "xl/sharedStrings.xml", billionLaughs())))));
        all.add(new Broken("deep.json", "io.limit.json-depth", f -> Files.writeString(f,
                "{\"edition\":\"e\",\"title\":\"t\",\"categories\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")));
        all.add(new Broken("big-cell.csv", "io.limit.cell-length", f -> {
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write((HEADER + "\n1,行政许可,\"").getBytes(StandardCharsets.UTF_8));
                byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                }
                out.write("\"\n".getBytes(StandardCharsets.UTF_8));
            }
        }));
        all.add(new Broken("mixed-encoding.csv", "io.mixed-encoding", f -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write((HEADER + "\n1,行政许可,建设项目环境影响评价文件审批,批复,,20个工作日,县生态环境局,政府网站,全社会,主动\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write("2,行政处罚,行政处罚决定,决定书,,7个工作日,县生态环境局,政府网站,全社会,主动\n"
                    .getBytes(Charset.forName("GBK")));
            Files.write(f, out.toByteArray());
        }));
        all.add(new Broken("wide.xlsx", "io.limit.columns", f -> Files.write(f, xlsx(sheet(rows(1, 10_000)),
                Map.of()))));
        all.add(new Broken("many-cells.xlsx", "io.limit.cells", f -> Files.write(f, xlsx(sheet(rows(1_000, 250)),
                Map.of()))));
        all.add(new Broken("many-rows.xlsx", "io.limit.rows", f -> Files.write(f, xlsx(sheet(rows(20_000, 2)),
                Map.of()))));
        all.add(new Broken("oversized.csv", "io.limit.file-size", f -> {
            // Sparse: 101 MiB on paper, nothing on disk; the size alone must refuse it.
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(101L * 1024 * 1024);
            }
        }));
        all.add(new Broken("no-table.html", "io.no-table", f -> Files.writeString(f,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>目录</title></head>"
                        + "<body><p>本页只有文字，没有表格。</p></body></html>")));
        // Read with a located problem and checked as what it holds (no category): a read problem, not unreadable.
        all.add(new Broken("wrong-types.json", "json.type.expected", f -> Files.writeString(f,
                "{\"edition\": \"e\", \"title\": \"t\", \"categories\": \"none\"}"), true));
        all.add(new Broken("duplicate-keys.json", "json.key.duplicate", f -> Files.writeString(f,
                "{\"edition\": \"e\", \"title\": \"t\", \"title\": \"u\", \"categories\": []}")));
        return all;
    }

    /**
     * {@code rows} rows of {@code columns} number cells. The numbers are random so that the part compresses like
     * real data, well under the zip-bomb ratio: the size limits, not the bomb guard, must stop these.
     */
    static String rows(int rows, int columns) {
        Random random = new Random(rows * 31L + columns);
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            sb.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns; c++) {
                sb.append("<c><v>").append(random.nextInt(1_000_000_000)).append("</v></c>");
            }
            sb.append("</row>");
        }
        return sb.toString();
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l10;"
                + "</t></si></sst>").toString();
    }

    /** A minimal .xlsx package: one sheet, plus {@code extra} parts (a shared-strings part is related). */
    static byte[] xlsx(String sheetXml, Map<String, String> extra) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"目录\" "
                + "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        parts.putAll(extra);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
