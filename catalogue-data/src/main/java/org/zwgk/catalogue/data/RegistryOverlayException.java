package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.zwgk.catalogue.model.Problem;

/**
 * A registry overlay that cannot be used, with every problem located by JSON pointer. Nothing of such an overlay is
 * applied: half a correction of the law is worse than none.
 */
public final class RegistryOverlayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** The exception for these problems (at least one). */
    public RegistryOverlayException(List<Problem> problems) {
        super(describe(problems, Locale.SIMPLIFIED_CHINESE) + " / " + describe(problems, Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
    }

    /** The located, bilingual problems, in document order. */
    public List<Problem> problems() {
        return problems;
    }
}
