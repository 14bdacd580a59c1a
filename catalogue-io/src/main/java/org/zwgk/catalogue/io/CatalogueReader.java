package org.zwgk.catalogue.io;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a catalogue from any supported file: the format is detected from the content (and the name where the
 * content is ambiguous). Thread-safe.
 */
public final class CatalogueReader {

    private CatalogueReader() {
    }

    /** Reads a file; its name is used in every source location. */
    public static ReadResult read(Path file) throws UnreadableInputException {
        throw new UnsupportedOperationException("catalogue-io: not implemented yet");
    }

    /** Reads a stream; {@code fileName} names it in source locations and hints the format. */
    public static ReadResult read(InputStream in, String fileName) throws UnreadableInputException {
        throw new UnsupportedOperationException("catalogue-io: not implemented yet");
    }
}
