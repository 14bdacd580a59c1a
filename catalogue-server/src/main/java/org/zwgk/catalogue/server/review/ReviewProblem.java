package org.zwgk.catalogue.server.review;

import java.util.Objects;

/**
 * A refused review request: an HTTP status and the message id ({@code review.…} in the server's bundles) with its
 * arguments. A round or submission that does not exist, or belongs to someone else, is the same 404.
 */
public final class ReviewProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String id;
    private final transient Object[] args;

    public ReviewProblem(int status, String id, Object... args) {
        super(id);
        this.status = status;
        this.id = Objects.requireNonNull(id, "id");
        this.args = args.clone();
    }

    /** Not found, or not yours: 404 {@code review.not-found}. */
    public static ReviewProblem notFound() {
        return new ReviewProblem(404, "review.not-found");
    }

    /** A request field that cannot be understood: 400. */
    public static ReviewProblem badField(String field, Object value) {
        return new ReviewProblem(400, "review.bad-field", field, String.valueOf(value));
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The message id. */
    public String id() {
        return id;
    }

    /** The message's arguments. */
    public Object[] args() {
        return args.clone();
    }
}
