package org.zwgk.catalogue.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file formats catalogues are kept and published in. A reader decides the format by content (zip with
 * {@code word/} or {@code xl/}, OLE2 with a Word or Excel stream, {@code %PDF}, HTML or CSV text), never by the
 * extension alone: an .xls that is really an HTML page is read as HTML. The extensions say which files a folder
 * holds in each format.
 */
public enum Format {
    /** The canonical JSON form. */
    JSON("json"),
    /** Comma-separated values (UTF-8, UTF-8 with BOM, GB18030/GBK). */
    CSV("csv"),
    /** Excel 2007+ workbook (WPS's .et when saved in this format). */
    XLSX("xlsx", "xlsm"),
    /** Excel 97–2003 workbook (WPS's .et in its default, compatible format). */
    XLS("xls", "et"),
    /** An HTML page holding the catalogue table. */
    HTML("html", "htm"),
    /** Word 2007+ document holding the catalogue table. */
    DOCX("docx", "docm"),
    /** Word 97–2003 document (WPS's .wps in its default, compatible format). */
    DOC("doc", "wps"),
    /** A PDF with a text layer (exported from Word or WPS); a scan without text is refused. */
    PDF("pdf");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension files in this format carry, usual one first, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Every extension of every format, without the dot: the files a folder walk takes. */
    public static Set<String> allExtensions() {
        return Stream.of(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The format for a short name or extension (json, csv, xlsx, xls, et, html, htm, docx, doc, wps, pdf …). */
    public static Optional<Format> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
