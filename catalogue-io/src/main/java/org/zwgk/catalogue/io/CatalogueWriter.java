package org.zwgk.catalogue.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.zwgk.catalogue.io.internal.write.CsvCatalogueWriter;
import org.zwgk.catalogue.io.internal.write.WorkbookCatalogueWriter;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * Writes a catalogue as canonical JSON, CSV (UTF-8 with BOM, the national columns, catalogue information above
 * the table), or a workbook in the national layout (.xlsx, also .xls) with a 目录信息 sheet. Reading what it
 * wrote with {@link CatalogueReader} gives back an equal catalogue. Thread-safe.
 */
public final class CatalogueWriter {

    private CatalogueWriter() {
    }

    /**
     * Writes {@code catalogue} in {@code format} (JSON, CSV, XLSX or XLS) to {@code out}, which is flushed but
     * not closed.
     *
     * @throws IllegalArgumentException for {@link Format#HTML}, which is read but not written
     */
    public static void write(Catalogue catalogue, Format format, OutputStream out) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(out, "out");
        switch (Objects.requireNonNull(format, "format")) {
            case JSON -> out.write(CatalogueJson.write(catalogue).getBytes(StandardCharsets.UTF_8));
            case CSV -> CsvCatalogueWriter.write(catalogue, out);
            case XLSX -> WorkbookCatalogueWriter.write(catalogue, true, out);
            case XLS -> WorkbookCatalogueWriter.write(catalogue, false, out);
            case HTML -> throw new IllegalArgumentException("HTML is read, not written");
            default -> throw new IllegalArgumentException(format.name());
        }
        out.flush();
    }
}
