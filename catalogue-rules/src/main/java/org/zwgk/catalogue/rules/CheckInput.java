package org.zwgk.catalogue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import java.nio.file.Path;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.internal.Sha256;

/**
 * What is checked: a catalogue, where each of its categories was read, and what the reader reported.
 *
 * @param catalogue the child catalogue
 * @param sources   one entry per category in {@link Catalogue#categories()} order, or empty when not read from a file
 * @param path      the input's path as the user gave it
 * @param sha256    the SHA-256 of the input's bytes, hex
 * @param problems  problems the reader reported
 */
public record CheckInput(Catalogue catalogue, List<CategorySources> sources, Optional<String> path,
        Optional<String> sha256, List<Problem> problems) {

    public CheckInput {
        Objects.requireNonNull(catalogue, "catalogue");
        sources = List.copyOf(sources);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        problems = List.copyOf(problems);
    }

    /** A catalogue built in memory: no file, no source locations. */
    public static CheckInput of(Catalogue catalogue) {
        return new CheckInput(catalogue, List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Reads and hashes a file within the default read limits; reports name it by its path as given. */
    public static CheckInput read(Path path) throws UnreadableInputException {
        return read(InputFile.of(path), ReadLimits.defaults());
    }

    /** Reads and hashes a file within the default read limits; reports name it {@code displayName}. */
    public static CheckInput read(Path path, String displayName) throws UnreadableInputException {
        return read(InputFile.of(path, displayName), ReadLimits.defaults());
    }

    /** Reads and hashes bytes in memory (an upload) within the default read limits, named {@code displayName}. */
    public static CheckInput read(byte[] bytes, String displayName) throws UnreadableInputException {
        return read(InputFile.of(displayName, bytes), ReadLimits.defaults());
    }

    /**
     * Reads and hashes an input within {@code limits}. A file that cannot be read as a catalogue at all (missing,
     * a folder, over a limit, not a catalogue) fails with its located, bilingual problem.
     */
    public static CheckInput read(InputFile file, ReadLimits limits) throws UnreadableInputException {
        byte[] bytes = file.bytes(limits);
        // The bytes are hashed and read in place: a copy would double the memory a large file takes.
        ReadResult read = CatalogueReader.read(bytes, file.displayName(), limits);
        return of(read, file.displayName(), Sha256.hex(bytes));
    }

    /**
     * What a reader read from {@code path}, whose bytes hash to {@code sha256}. A required column the file lacks
     * ({@code io.column.missing}) is one of the input's problems, so every report says why that field is missing.
     */
    public static CheckInput of(ReadResult read, String path, String sha256) {
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(read.missingColumns());
        return new CheckInput(read.catalogue(), read.sources(), Optional.of(path), Optional.of(sha256), problems);
    }
}
