package org.zwgk.catalogue.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** Reads a file within {@link ReadLimits#defaults()}; its path, as given, names it in every source location. */
    public static ReadResult read(Path file) throws UnreadableInputException {
        return read(file, ReadLimits.defaults());
    }

    /**
     * Reads a file within {@code limits}; a file that breaks one fails with an {@code io.limit.*} problem located
     * where the limit was reached (file, sheet, row and column, or JSON pointer).
     */
    public static ReadResult read(Path file, ReadLimits limits) throws UnreadableInputException {
        return read(file, file.toString(), limits);
    }

    /**
     * Reads a file within {@code limits}, naming it {@code displayName} in every source location and problem, e.g.
     * the file name a user uploaded or a path relative to a project, so that a server's own paths never reach a
     * report.
     */
    public static ReadResult read(Path file, String displayName, ReadLimits limits) throws UnreadableInputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(limits, "limits");
        String name = displayName;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw Readers.tooLarge(name, size, limits);
            }
            return Readers.read(Files.readAllBytes(file), name, limits);
        } catch (NoSuchFileException e) {
            throw IoMessages.unreadable("io.file-missing", name);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw IoMessages.unreadable("io.file-is-directory", name);
            }
            throw IoMessages.unreadable("io.unreadable-file", name, e.getClass().getSimpleName());
        }
    }

    /** Reads a stream (not closed) within the default limits; {@code fileName} names it and hints the format. */
    public static ReadResult read(InputStream in, String fileName) throws UnreadableInputException {
        return read(in, fileName, ReadLimits.defaults());
    }

    /** Reads a stream (not closed) within {@code limits}; never reads more than one byte past the size limit. */
    public static ReadResult read(InputStream in, String fileName, ReadLimits limits) throws UnreadableInputException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(limits, "limits");
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            return Readers.read(bytes, fileName, limits);
        } catch (IOException e) {
            throw IoMessages.unreadable("io.unreadable-file", fileName, e.getClass().getSimpleName());
        }
    }

    /**
     * Reads a file's bytes already in memory, e.g. when the caller also hashes them; the array is neither copied
     * nor changed. {@code fileName} names it in source locations and hints the format.
     */
    public static ReadResult read(byte[] bytes, String fileName, ReadLimits limits) throws UnreadableInputException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(limits, "limits");
        return Readers.read(bytes, fileName, limits);
    }
}
