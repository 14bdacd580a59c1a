package org.zwgk.catalogue.io;

import java.util.Locale;
import java.util.Objects;

import org.zwgk.catalogue.model.Problem;

/**
 * The input cannot be read as a catalogue at all: not a catalogue (no recognisable header), an encrypted or
 * corrupt workbook, an unknown format. Problems within an otherwise readable file are reported in
 * {@link ReadResult#problems()} instead.
 */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** The exception for this problem. */
    public UnreadableInputException(Problem problem) {
        // Both languages: a message logged by a host application is read by Chinese users and English developers.
        super(Objects.requireNonNull(problem, "problem").describe(Locale.SIMPLIFIED_CHINESE) + " / "
                + problem.message(Locale.ENGLISH));
        this.problem = problem;
    }

    /** The located, bilingual problem. */
    public Problem problem() {
        return problem;
    }
}
