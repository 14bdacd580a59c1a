package org.zwgk.catalogue.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a catalogue or a category came from and how sure it is: the sources it rests on, the confidence,
 * which fields were inferred rather than read, and free notes.
 *
 * @param sources    citations or addresses of the sources, in order of weight
 * @param confidence how sure the transcription is, where stated
 * @param inferred   fields completed by inference rather than read from a source
 * @param notes      transcription notes
 */
public record Provenance(List<String> sources, Optional<Confidence> confidence, Set<CategoryField> inferred,
        Optional<String> notes) {

    private static final Provenance NONE = new Provenance(List.of(), Optional.empty(), Set.of(), Optional.empty());

    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(confidence, "confidence");
        inferred = inferred.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(inferred));
        Objects.requireNonNull(notes, "notes");
    }

    /** No provenance stated. */
    public static Provenance none() {
        return NONE;
    }

    /** A single source, nothing else stated. */
    public static Provenance of(String source) {
        return new Provenance(List.of(source), Optional.empty(), Set.of(), Optional.empty());
    }

    /** True when the field was inferred rather than read from a source. */
    public boolean isInferred(CategoryField field) {
        return inferred.contains(field);
    }
}
