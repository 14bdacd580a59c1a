package org.zwgk.catalogue.spring;

import java.util.Objects;

import org.zwgk.catalogue.model.Problem;

/**
 * A check that was not made, with the located problem (a stable id, the place, a message in zh-CN and en) and
 * why, which decides the HTTP status.
 */
public final class CheckRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a check was refused; each maps to one HTTP status. */
    public enum Reason {
        /** A parameter cannot be understood: 400. */
        BAD_PARAMETER(400),
        /** The named edition is not bundled: 404. */
        UNKNOWN_EDITION(404),
        /** The asked report format is not one this service writes: 406. */
        NOT_ACCEPTABLE(406),
        /** The upload is over the size limit: 413. */
        TOO_LARGE(413),
        /** The upload is not a format the readers take: 415. */
        UNSUPPORTED_TYPE(415),
        /** The file cannot be read, or reading it went over a limit: 422. */
        UNREADABLE(422),
        /** Every check slot and queue place is taken: 503 with Retry-After. */
        BUSY(503);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /** The HTTP status. */
        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final transient Problem problem;

    public CheckRefusedException(Reason reason, Problem problem) {
        super(problem.messageId() + ": " + problem.messageEn());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problem = problem;
    }

    /** An upload over the size limit, refused before it reached the service (e.g. by the servlet's multipart limit). */
    public static CheckRefusedException uploadTooLarge(long limitBytes) {
        return new CheckRefusedException(Reason.TOO_LARGE, org.zwgk.catalogue.spring.internal.ServiceMessages
                .problem("upload.too-large", "file", "> " + limitBytes, limitBytes));
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }

    /** The located problem. */
    public Problem problem() {
        return problem;
    }
}
