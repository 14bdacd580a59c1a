package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;

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

    /** What a reader read from {@code path}, whose bytes hash to {@code sha256}. */
    public static CheckInput of(ReadResult read, String path, String sha256) {
        return new CheckInput(read.catalogue(), read.sources(), Optional.of(path), Optional.of(sha256),
                read.problems());
    }
}
