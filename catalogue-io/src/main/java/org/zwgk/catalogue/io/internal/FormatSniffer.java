package org.zwgk.catalogue.io.internal;

import java.util.Locale;

import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.source.HtmlSource;
import org.zwgk.catalogue.io.internal.source.TextDecoding;

/**
 * Tells the format of a file from its content: a zip holding {@code word/} (.docx) or else a workbook (.xlsx), an
 * OLE2 compound file holding a {@code WordDocument} stream (.doc, WPS's .wps) or else a workbook (.xls, WPS's .et,
 * an encrypted .xlsx), {@code %PDF}, JSON, an HTML page; other text is CSV, whatever the extension says (portals
 * export HTML and CSV as .xls). Binary content that is none of these is an unknown format. The file name only
 * decides between formats the content cannot tell apart.
 */
public final class FormatSniffer {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final int HEAD = 4096;

    private FormatSniffer() {
    }

    /** The format of the bytes; fails for empty or unknown content. */
    public static Format detect(byte[] bytes, String file) throws UnreadableInputException {
        if (startsWith(bytes, ZIP)) {
            return ZipNames.anyStartsWith(bytes, "word/") ? Format.DOCX : Format.XLSX;
        }
        if (startsWith(bytes, OLE2)) {
            return Ole2Names.has(bytes, "WordDocument") ? Format.DOC : Format.XLS;
        }
        if (isPdf(bytes)) {
            return Format.PDF;
        }
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        if (opensJson(head) && !isBinary(head)) {
            return Format.JSON; // as decoding the head would find: { or [ reads the same in UTF-8 and GB18030
        }
        String text = TextDecoding.decode(head).text().strip();
        if (text.isEmpty()) {
            throw IoMessages.unreadable("io.empty-file", file);
        }
        if (isBinary(head)) {
            throw IoMessages.unreadable("io.unknown-format", file);
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return Format.JSON;
        }
        if (HtmlSource.looksLikeHtml(text)) {
            return Format.HTML;
        }
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        return Format.CSV;
    }

    /** True when {@code %PDF-} stands in the first 1024 bytes, where readers are to look for it. */
    private static boolean isPdf(byte[] bytes) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        for (int i = 0; i + magic.length <= Math.min(bytes.length, 1024); i++) {
            if (java.util.Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first byte after a UTF-8 byte-order mark and ASCII white space is { or [. */
    private static boolean opensJson(byte[] head) {
        int i = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        return i < head.length && (head[i] == '{' || head[i] == '[');
    }

    /** True when the bytes hold control characters no text file has (NUL, and most below 0x20). */
    private static boolean isBinary(byte[] head) {
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(head, new byte[] {(byte) 0xFE,
                (byte) 0xFF})) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > head.length / 20;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
