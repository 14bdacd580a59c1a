package org.zwgk.catalogue.io;

import java.io.IOException;
import java.io.OutputStream;

import org.zwgk.catalogue.model.Catalogue;

/** Writes a catalogue as canonical JSON, CSV (UTF-8 with BOM) or .xlsx in the national layout. Thread-safe. */
public final class CatalogueWriter {

    private CatalogueWriter() {
    }

    /** Writes {@code catalogue} in {@code format} (JSON, CSV or XLSX). */
    public static void write(Catalogue catalogue, Format format, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("catalogue-io: not implemented yet");
    }
}
