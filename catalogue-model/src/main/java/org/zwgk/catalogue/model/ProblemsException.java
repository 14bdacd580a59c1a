package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A file that cannot be used, with every problem located (a JSON pointer, a cell): a profile, a baseline or waivers
 * file, a registry overlay. The message gives every problem in Chinese, then in English; {@link #problems()} gives
 * them to render in the reader's language.
 */
public abstract class ProblemsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * The exception for these problems.
     *
     * @throws IllegalArgumentException when there is none: a file without a problem is not refused
     */
    protected ProblemsException(List<Problem> problems) {
        super(describe(problems, Locale.SIMPLIFIED_CHINESE) + " / " + describe(problems, Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
    }

    /** The located, bilingual problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }
}
