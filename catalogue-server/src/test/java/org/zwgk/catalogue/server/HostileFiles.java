package org.zwgk.catalogue.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile uploads, each with the problem id the command line gives for it (after catalogue-cli's BrokenInputs,
 * the corpus the command line is tested with): built without the readers' own writers.
 */
public final class HostileFiles {

    /**
     * One hostile file.
     *
     * @param name       its name
     * @param expectedId the problem id it must be refused with
     * @param bytes      its content
     */
    public record Hostile(String name, String expectedId, byte[] bytes) {
        @Override
        public String toString() {
            return name + " → " + expectedId;
        }
    }

    private HostileFiles() {
    }

    /** XXE, billion laughs, a zip bomb inside an .xlsx, JSON nested 100,000 deep, an empty file. */
    public static List<Hostile> all() {
        List<Hostile> all = new ArrayList<>();
        all.add(new Hostile("xxe.xlsx", "io.xml-dtd", xlsx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is>"
                + "</c></row>").substring(sheet("").indexOf("<worksheet")), Map.of())));
        all.add(new Hostile("billion-laughs.xlsx", "io.xml-dtd", xlsx(sheet(""), Map.of("xl/sharedStrings.xml",
                billionLaughs()))));
        all.add(new Hostile("zip-bomb.xlsx", "io.limit.inflate-ratio", xlsx(sheet(" ".repeat(5_000_000)),
                Map.of())));
        all.add(new Hostile("deep.json", "io.limit.json-depth", ("{\"edition\":\"e\",\"title\":\"t\",\"categories\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8)));
        all.add(new Hostile("empty.csv", "io.empty-file", new byte[0]));
        return all;
    }

    /** The one a browser test uploads. */
    public static Hostile xxe() {
        return all().get(0);
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
    static byte[] xlsx(String sheetXml, Map<String, String> extra) {
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
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return TestFiles.zip(bytes);
    }
}
