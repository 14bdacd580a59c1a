package org.zwgk.catalogue.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.Readers;

/**
 * Reads a catalogue from any supported file: .xlsx, .xls, CSV (UTF-8, UTF-8 with BOM, GB18030/GBK, detected),
 * an HTML page holding the catalogue table, or the canonical JSON. The format is detected from the content (and
 * the name where the content is ambiguous); the table's header is found by meaning, whatever its position, and
 * text in traditional characters is read as simplified. Every category comes with its source location. Bad rows
 * are reported in {@link ReadResult#problems()} and the other rows are still read; a file that cannot be read
 * at all fails with an {@link UnreadableInputException} holding a located, bilingual problem. Thread-safe.
 */
public final class CatalogueReader {

    private CatalogueReader() {
    }

    /** Reads a file; its path, as given, names it in every source location. */
    public static ReadResult read(Path file) throws UnreadableInputException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (Files.size(file) > Readers.MAX_BYTES) {
                throw IoMessages.unreadable("io.too-large", name, Files.size(file), Readers.MAX_BYTES);
            }
            return Readers.read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw IoMessages.unreadable("io.unreadable-file", name, e.getClass().getSimpleName());
        }
    }

    /** Reads a stream (not closed); {@code fileName} names it in source locations and hints the format. */
    public static ReadResult read(InputStream in, String fileName) throws UnreadableInputException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        try {
            byte[] bytes = in.readNBytes((int) Readers.MAX_BYTES + 1);
            return Readers.read(bytes, fileName);
        } catch (IOException e) {
            throw IoMessages.unreadable("io.unreadable-file", fileName, e.getClass().getSimpleName());
        }
    }
}
