package org.zwgk.catalogue.io;

import java.util.Locale;
import java.util.Optional;

/** The file formats catalogues are kept in. */
public enum Format {
    /** The canonical JSON form. */
    JSON("json"),
    /** Comma-separated values (UTF-8, UTF-8 with BOM, GB18030/GBK). */
    CSV("csv"),
    /** Excel 2007+ workbook. */
    XLSX("xlsx"),
    /** Excel 97–2003 workbook. */
    XLS("xls"),
    /** An HTML page holding the catalogue table. */
    HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format for a short name or extension (json, csv, xlsx, xls, html, htm). */
    public static Optional<Format> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("htm")) {
            return Optional.of(HTML);
        }
        for (Format f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
