package org.zwgk.catalogue.io.internal;

import org.zwgk.catalogue.model.Problem;

/**
 * A read limit was broken deep inside a source (a SAX handler, a CSV loop); {@link Readers} turns it into an
 * {@code UnreadableInputException}. Unchecked so that it can cross callbacks that do not declare it.
 */
public final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** The exception for this {@code io.limit.*} problem. */
    public LimitExceeded(Problem problem) {
        super(problem.messageId(), null, false, false);
        this.problem = problem;
    }

    /** The located problem. */
    public Problem problem() {
        return problem;
    }
}
