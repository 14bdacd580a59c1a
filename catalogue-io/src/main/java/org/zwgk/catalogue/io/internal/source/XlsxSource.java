package org.zwgk.catalogue.io.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Reads the visible worksheets of an .xlsx package into grids as a stream: the zip is opened in place, each part
 * is inflated through a guard (entry count, inflate ratio, part size) and parsed with SAX, and every cell is
 * checked against the read limits before it is stored, so an oversized or hostile workbook fails early with a
 * located {@code io.limit.*} problem instead of being held in memory. Cells are read as Excel shows them, as the
 * POI usermodel did before: shared and inline strings, numbers and dates through POI's {@link DataFormatter} with
 * the cell's number format, formulas by their cached value, error cells (#REF!) marked unreadable, merged regions.
 *
 * <p>The XML parser resolves nothing outside the part: no external entities, no external DTD, and any DOCTYPE
 * stops the read ({@code io.xml-dtd}), which also rules out entity expansion (billion laughs).
 */
public final class XlsxSource {

    /** Uncompressed bytes a part may have before the inflate ratio is checked (as POI's guard does). */
    private static final long GRACE = 100 * 1024;
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final SAXParserFactory SAX = saxFactory();

    private XlsxSource() {
    }

    /** Reads every visible worksheet; fails with a located problem when the package is corrupt or too big. */
    @SuppressWarnings("deprecation") // ZipFile's builder needs commons-io types on this module's path
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        int declared = declaredEntries(bytes);
        if (declared > budget.limits().maxZipEntries()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.zip-entries", SourceLocation.ofFile(file), declared,
                    budget.limits().maxZipEntries()));
        }
        try (ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(bytes))) {
            int entries = java.util.Collections.list(zip.getEntries()).size();
            if (entries > budget.limits().maxZipEntries()) {
                throw new LimitExceeded(IoMessages.problem("io.limit.zip-entries", SourceLocation.ofFile(file),
                        entries, budget.limits().maxZipEntries()));
            }
            return new Package(zip, file, budget).read();
        } catch (IOException | SAXException | RuntimeException e) {
            LimitExceeded limit = limitIn(e);
            if (limit != null) {
                throw limit;
            }
            throw IoMessages.unreadable("io.corrupt-workbook", file);
        }
    }

    private static LimitExceeded limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException s && s.getException() != null
                ? s.getException() : t.getCause()) {
            if (t instanceof LimitExceeded l) {
                return l;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return null;
    }

    /**
     * The entry count the zip's end-of-central-directory record declares, read before the directory itself so
     * that a package with a million entries is refused before they are listed; 0 when there is no such record.
     */
    static int declaredEntries(byte[] bytes) {
        for (int i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return (bytes[i + 10] & 0xFF) | (bytes[i + 11] & 0xFF) << 8;
            }
        }
        return 0;
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
    }

    /** A .rels part read: targets by relationship id, and by type. */
    private record Relationships(Map<String, String> byId, Map<String, List<String>> byType) {
    }

    /** One package being read. */
    private static final class Package {
        private final ZipFile zip;
        private final String file;
        private final ReadBudget budget;

        Package(ZipFile zip, String file, ReadBudget budget) {
            this.zip = zip;
            this.file = file;
            this.budget = budget;
        }

        List<Grid> read() throws IOException, SAXException, UnreadableInputException {
            String workbookPart = Optional.ofNullable(relationships("_rels/.rels", "").byType().get("officeDocument"))
                    .map(r -> r.get(0)).orElse("xl/workbook.xml");
            if (zip.getEntry(workbookPart) == null) {
                throw IoMessages.unreadable("io.corrupt-workbook", file);
            }
            String base = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1)
                    : "";
            Relationships rels = relationships(base + "_rels/" + workbookPart.substring(base.length()) + ".rels", base);
            Map<String, List<String>> byType = rels.byType();
            Map<String, String> byId = rels.byId();
            WorkbookPart workbook = new WorkbookPart();
            parse(workbookPart, workbook, true);
            List<String> shared = first(byType, "sharedStrings").map(this::sharedStrings).orElse(List.of());
            Styles styles = first(byType, "styles").map(this::styles).orElse(new Styles());
            ExcelNumbers formatter = new ExcelNumbers();
            List<Grid> grids = new ArrayList<>();
            for (SheetRef sheet : workbook.sheets) {
                String target = byId.get(sheet.relId);
                if (!sheet.hidden && target != null && zip.getEntry(target) != null
                        && byType.getOrDefault("worksheet", List.of()).contains(target)) {
                    SheetPart part = new SheetPart(new GridBuilder(file, sheet.name, budget), sheet.name, shared,
                            styles, formatter, workbook.date1904);
                    parse(target, part, true);
                    grids.add(part.grid());
                }
            }
            return grids;
        }

        private Optional<String> first(Map<String, List<String>> byType, String type) {
            return byType.getOrDefault(type, List.of()).stream().filter(t -> zip.getEntry(t) != null).findFirst();
        }

        /**
         * The relationships of a .rels part, by id and by type (the type URI's last path segment), targets resolved;
         * none when the part is missing.
         */
        private Relationships relationships(String part, String base) throws IOException, SAXException {
            Relationships rels = new Relationships(new HashMap<>(), new HashMap<>());
            if (zip.getEntry(part) == null) {
                return rels;
            }
            parse(part, new DefaultHandler2() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if (local.equals("Relationship")) {
                        String target = resolve(base, value(a, "Target"));
                        rels.byId().put(value(a, "Id"), target);
                        rels.byType().computeIfAbsent(type(value(a, "Type")), k -> new ArrayList<>()).add(target);
                    }
                }
            }, false);
            return rels;
        }

        private List<String> sharedStrings(String part) {
            SharedStrings handler = new SharedStrings(file, part, budget);
            try {
                parse(part, handler, true);
            } catch (IOException | SAXException e) {
                throw new PartFailure(e);
            }
            return handler.strings;
        }

        private Styles styles(String part) {
            Styles handler = new Styles();
            try {
                parse(part, handler, false);
            } catch (IOException | SAXException e) {
                throw new PartFailure(e);
            }
            return handler;
        }

        /** Parses one part through the zip-bomb guard; {@code required} parts must exist. */
        private void parse(String part, DefaultHandler2 handler, boolean required) throws IOException, SAXException {
            ZipArchiveEntry entry = zip.getEntry(part);
            if (entry == null) {
                if (required) {
                    throw new IOException("missing part " + part);
                }
                return;
            }
            XMLReader reader;
            try {
                reader = SAX.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            DtdGuard guard = new DtdGuard(file, part);
            reader.setContentHandler(handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", guard);
            reader.setEntityResolver(guard);
            // Fails on a fatal error without the JDK parser's default printing to stderr.
            reader.setErrorHandler(guard);
            try (InputStream in = new InflateGuard(zip.getInputStream(entry), Math.max(1, entry.getCompressedSize()),
                    file, part, budget)) {
                reader.parse(new InputSource(in));
            }
        }
    }

    /** A part that failed while being read on demand. */
    private static final class PartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartFailure(Throwable cause) {
            super(cause);
        }
    }

    /** Where a problem in a part of the package is: the file, and the part in place of a sheet. */
    static SourceLocation inPart(String file, String part) {
        return new SourceLocation(file, Optional.of(part), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** Refuses any DOCTYPE (reported before its internal subset is read) and never resolves an entity. */
    private static final class DtdGuard extends DefaultHandler2 {
        private final String file;
        private final String part;

        DtdGuard(String file, String part) {
            this.file = file;
            this.part = part;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            throw new LimitExceeded(IoMessages.problem("io.xml-dtd", inPart(file, part), part));
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            throw new LimitExceeded(IoMessages.problem("io.xml-dtd", inPart(file, part), part));
        }
    }

    /** Counts inflated bytes: fails past the part-size limit, or past the inflate ratio after a grace. */
    private static final class InflateGuard extends java.io.FilterInputStream {
        private final long compressed;
        private final String file;
        private final String part;
        private final ReadBudget budget;
        private long inflated;

        InflateGuard(InputStream in, long compressed, String file, String part, ReadBudget budget) {
            super(in);
            this.compressed = compressed;
            this.file = file;
            this.part = part;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            inflated += n;
            if (inflated > budget.limits().maxFileBytes()) {
                throw new LimitExceeded(IoMessages.problem("io.limit.file-size", inPart(file, part),
                        "> " + budget.limits().maxFileBytes(), budget.limits().maxFileBytes()));
            }
            if (inflated > GRACE && inflated > compressed * budget.limits().maxInflateRatio()) {
                throw new LimitExceeded(IoMessages.problem("io.limit.inflate-ratio", inPart(file, part), compressed,
                        budget.limits().maxInflateRatio()));
            }
        }
    }

    /** The sheets of workbook.xml, in order, and the date system. */
    private static final class WorkbookPart extends DefaultHandler2 {
        final List<SheetRef> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("workbookPr")) {
                String d = value(a, "date1904");
                date1904 = d.equals("1") || d.equalsIgnoreCase("true");
            } else if (local.equals("sheet")) {
                String state = value(a, "state");
                sheets.add(new SheetRef(value(a, "name"), relId(a), state.equals("hidden")
                        || state.equals("veryHidden")));
            }
        }

        private static String relId(Attributes a) {
            for (int i = 0; i < a.getLength(); i++) {
                if (a.getLocalName(i).equals("id") && !a.getURI(i).isEmpty()) {
                    return a.getValue(i);
                }
            }
            return "";
        }
    }

    private record SheetRef(String name, String relId, boolean hidden) {
    }

    /** The number formats: by style index, the format id and its code. */
    private static final class Styles extends DefaultHandler2 {
        private final Map<Integer, String> codes = new HashMap<>();
        private final List<Integer> formats = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("numFmt")) {
                integer(value(a, "numFmtId")).ifPresent(id -> codes.put(id, value(a, "formatCode")));
            } else if (local.equals("cellXfs")) {
                inCellXfs = true;
            } else if (local.equals("xf") && inCellXfs) {
                formats.add(integer(value(a, "numFmtId")).orElse(0));
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            if (local.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        int formatId(int style) {
            return style >= 0 && style < formats.size() ? formats.get(style) : 0;
        }

        String formatCode(int id) {
            String code = codes.get(id);
            if (code == null) {
                code = BuiltinFormats.getBuiltinFormat(id);
            }
            return code == null ? "General" : code;
        }
    }

    /** Collects the text of {@code <t>} elements, leaving out phonetic runs, within the cell-length limit. */
    private abstract static class TextCollector extends DefaultHandler2 {
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private int phonetic;
        private final int max;

        TextCollector(int max) {
            this.max = max;
        }

        void startText(String local) {
            if (local.equals("rPh")) {
                phonetic++;
            } else if (local.equals("t") && phonetic == 0) {
                inText = true;
            }
        }

        void endText(String local) {
            if (local.equals("rPh")) {
                phonetic--;
            } else if (local.equals("t")) {
                inText = false;
            }
        }

        boolean collecting() {
            return inText;
        }

        void append(char[] ch, int start, int length) {
            if (text.length() + length > max) {
                tooLong(text.length() + length);
            }
            text.append(ch, start, length);
        }

        abstract void tooLong(int length);

        String take() {
            String s = unescape(text.toString());
            text.setLength(0);
            return s;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                append(ch, start, length);
            }
        }
    }

    /** sharedStrings.xml: one string per {@code <si>}. */
    private static final class SharedStrings extends TextCollector {
        final List<String> strings = new ArrayList<>();
        private final String file;
        private final String part;
        private final ReadBudget budget;

        SharedStrings(String file, String part, ReadBudget budget) {
            super(budget.limits().maxCellLength());
            this.file = file;
            this.part = part;
            this.budget = budget;
        }

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            startText(local);
        }

        @Override
        public void endElement(String uri, String local, String q) {
            endText(local);
            if (local.equals("si")) {
                if (strings.size() >= budget.limits().maxCells()) {
                    throw new LimitExceeded(IoMessages.problem("io.limit.cells", inPart(file, part),
                            budget.limits().maxCells()));
                }
                strings.add(take());
            }
        }

        @Override
        void tooLong(int length) {
            throw new LimitExceeded(IoMessages.problem("io.limit.cell-length", inPart(file, part), "> " + length,
                    budget.limits().maxCellLength()));
        }
    }

    /** A worksheet: cells into the grid as they stream by, merged regions at the end. */
    private static final class SheetPart extends TextCollector {
        private final GridBuilder grid;
        private final String sheet;
        private final List<String> shared;
        private final Styles styles;
        private final ExcelNumbers formatter;
        private final boolean date1904;
        private final ReadBudget budget;
        private final List<Region> merged = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int row = -1;
        private int column = -1;
        private int lastRow = -1;
        private int width;
        private String type = "n";
        private int style;
        private boolean inValue;
        private boolean inCell;

        SheetPart(GridBuilder grid, String sheet, List<String> shared, Styles styles, ExcelNumbers formatter,
                boolean date1904) {
            super(Integer.MAX_VALUE);
            this.grid = grid;
            this.sheet = sheet;
            this.shared = shared;
            this.styles = styles;
            this.formatter = formatter;
            this.date1904 = date1904;
            this.budget = grid.budget();
        }

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            switch (local) {
                case "row" -> {
                    row = integer(value(a, "r")).map(r -> r - 1).orElse(row + 1);
                    column = -1;
                    lastRow = Math.max(lastRow, row);
                    budget.position(grid.file(), sheet, row, 0);
                }
                case "c" -> {
                    int[] at = reference(value(a, "r"));
                    if (at != null) {
                        row = at[0];
                        column = at[1];
                    } else {
                        column++;
                    }
                    budget.position(grid.file(), sheet, row, column);
                    String t = value(a, "t");
                    type = t.isEmpty() ? "n" : t;
                    style = integer(value(a, "s")).orElse(0);
                    value.setLength(0);
                    inCell = true;
                }
                case "v" -> inValue = inCell;
                case "mergeCell" -> {
                    String[] ends = value(a, "ref").split(":");
                    int[] from = reference(ends[0]);
                    int[] to = ends.length > 1 ? reference(ends[1]) : from;
                    if (from != null && to != null && to[0] >= from[0] && to[1] >= from[1]) {
                        merged.add(new Region(from[0], to[0], from[1], to[1]));
                    }
                }
                default -> startText(local);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                if (value.length() + length > budget.limits().maxCellLength()) {
                    tooLong(value.length() + length);
                }
                value.append(ch, start, length);
            } else if (inCell && collecting()) {
                if (value.length() + length > budget.limits().maxCellLength()) {
                    tooLong(value.length() + length);
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            switch (local) {
                case "v" -> inValue = false;
                case "c" -> {
                    inCell = false;
                    cell(value.toString());
                }
                default -> endText(local);
            }
        }

        @Override
        void tooLong(int length) {
            throw ReadBudget.exceeded("io.limit.cell-length", grid.file(), sheet, row, Math.max(column, 0),
                    "> " + (length - 1), budget.limits().maxCellLength());
        }

        private void cell(String v) {
            if (type.equals("e")) {
                if (!v.isEmpty()) {
                    grid.error(row, column, v);
                }
                return;
            }
            String text = switch (type) {
                case "s" -> integer(v.strip()).filter(i -> i < shared.size()).map(shared::get)
                        .orElseThrow(() -> new IllegalStateException("bad shared string index"));
                case "inlineStr" -> unescape(v);
                case "b" -> v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                case "n" -> v.isEmpty() ? "" : number(v.strip());
                default -> v;
            };
            if (type.equals("b") && v.isEmpty()) {
                return;
            }
            if (!text.isEmpty()) {
                grid.set(row, column, text.replace("\r\n", "\n").replace('\r', '\n'));
                width = Math.max(width, column + 1);
            }
        }

        private String number(String v) {
            double d = Double.parseDouble(v);
            int id = styles.formatId(style);
            return formatter.format(d, id, styles.formatCode(id), date1904);
        }

        Grid grid() {
            for (Region range : merged) {
                grid.mergeClipped(range.firstRow(), range.lastRow(), range.firstColumn(), range.lastColumn(), lastRow,
                        width);
            }
            return grid.build();
        }
    }

    /** 0-based row and column of a reference such as {@code AB12}; null when it is not one. */
    static int[] reference(String ref) {
        // [A-Za-z]{1,7}[0-9]{1,9} once any $ is removed, read by hand: every cell of a sheet has a reference.
        int column = 0;
        int row = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            if (digits == 0 && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) {
                column = column * 26 + (Character.toUpperCase(ch) - 'A' + 1);
                letters++;
            } else if (letters > 0 && ch >= '0' && ch <= '9') {
                row = row * 10 + (ch - '0');
                digits++;
            } else {
                return null;
            }
        }
        if (letters == 0 || letters > 7 || digits == 0 || digits > 9) {
            return null;
        }
        return new int[] {row - 1, column - 1};
    }

    /** Excel's escapes for characters XML cannot hold ({@code _x000D_}). */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String value(Attributes a, String local) {
        for (int i = 0; i < a.getLength(); i++) {
            if (a.getLocalName(i).equals(local) && a.getURI(i).isEmpty()) {
                return a.getValue(i);
            }
        }
        return "";
    }

    private static Optional<Integer> integer(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last segment of a relationship type URI ({@code .../relationships/worksheet} → worksheet). */
    private static String type(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** A relationship target as a zip entry name. */
    private static String resolve(String base, String target) {
        String t = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String seg : t.split("/")) {
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }
}
