package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.zwgk.catalogue.model.Problem;

/** A baseline or waivers file that cannot be used, with every problem located by JSON pointer. */
public final class SuppressionFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** The exception for these problems (at least one). */
    public SuppressionFileException(List<Problem> problems) {
        super(problems.stream().map(p -> p.describe(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The located, bilingual problems. */
    public List<Problem> problems() {
        return problems;
    }
}
