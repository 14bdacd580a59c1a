package org.zwgk.catalogue.rules;

import java.util.Locale;
import java.util.Objects;

import org.zwgk.catalogue.model.Problem;

/**
 * A check that cannot start: its parent is not a bundled edition nor a readable catalogue, or it names no input.
 * The problem is located and bilingual, with a stable id ({@code check.parent.unknown}, {@code check.no-input}, or
 * the reader's own id for an unreadable parent file).
 */
public final class CheckRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public CheckRequestException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").describe(Locale.SIMPLIFIED_CHINESE) + " / "
                + problem.message(Locale.ENGLISH));
        this.problem = problem;
    }

    /** What is wrong, where, in Chinese and English. */
    public Problem problem() {
        return problem;
    }
}
