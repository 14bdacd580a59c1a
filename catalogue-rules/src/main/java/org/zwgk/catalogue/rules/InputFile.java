package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * A catalogue file to check: a file on disk or bytes already in memory (an upload), and the name every report and
 * finding location shows for it. The display name is explicit so that a server's or a build's absolute paths never
 * reach a report: a portal names an upload by the file name the user chose, the Maven plugin by the path relative
 * to the project. Bytes given are neither copied nor changed.
 */
public final class InputFile {

    private final String displayName;
    private final Path path;
    private final byte[] bytes;

    private InputFile(String displayName, Path path, byte[] bytes) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.path = path;
        this.bytes = bytes;
    }

    /** A file named in reports by its path as given (relative paths stay relative). */
    public static InputFile of(Path path) {
        return of(path, path.toString());
    }

    /** A file named in reports by {@code displayName}, e.g. its path relative to a project. */
    public static InputFile of(Path path, String displayName) {
        return new InputFile(displayName, Objects.requireNonNull(path, "path"), null);
    }

    /** Bytes in memory, e.g. an upload, named in reports by {@code displayName} (the file name the user gave). */
    public static InputFile of(String displayName, byte[] bytes) {
        return new InputFile(displayName, null, Objects.requireNonNull(bytes, "bytes"));
    }

    /** The name reports show. */
    public String displayName() {
        return displayName;
    }

    /** The file on disk, when this input is one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The input's bytes, refused before they are held in memory when the file is larger than {@code limits} allow.
     * A missing file or a folder fails with a located problem that says so.
     */
    byte[] bytes(ReadLimits limits) throws UnreadableInputException {
        if (bytes != null) {
            return bytes;
        }
        SourceLocation at = SourceLocation.ofFile(displayName);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableInputException(RuleMessages.problem("batch.missing", at, displayName));
        }
        if (attributes.isDirectory()) {
            throw new UnreadableInputException(RuleMessages.problem("batch.directory", at, displayName));
        }
        if (attributes.size() > limits.maxFileBytes()) {
            // Refused by its size alone, before a byte of it is held in memory, with the reader's located problem.
            CatalogueReader.read(path, displayName, limits);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableInputException(RuleMessages.problem("batch.unreadable", at, displayName,
                    e.getClass().getSimpleName()));
        }
    }

    /**
     * The bytes: those given, not copied, or the file's as they are now (a renderer that returns the user's own
     * workbook annotated reads them again).
     */
    public byte[] readAllBytes() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(path);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
