package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the tests, started once per test JVM from the binaries io.zonky.test publishes on Maven
 * Central (no service, no Docker) and stopped when the JVM ends. PostgreSQL refuses to run as root: where it cannot
 * start, a test class with this extension fails when {@code CI=true} (CI must run it: {@code .ci/run} runs the build
 * as an unprivileged user) and is skipped elsewhere, with the reason.
 */
public final class Postgres implements ExecutionCondition {

    private static EmbeddedPostgres server;
    private static Throwable failure;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> why = startFailure();
        if (why.isEmpty() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL is running, or CI must run these tests");
        }
        return ConditionEvaluationResult.disabled(why.get());
    }

    /** Starts the server once; why it could not start, if it could not. */
    static synchronized Optional<String> startFailure() {
        if (server == null && failure == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop));
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
        return Optional.ofNullable(failure).map(f -> "PostgreSQL could not start (it never runs as root: run the "
                + "build as a normal user, as .ci/run does): " + f);
    }

    /** The JDBC URL of the running server's {@code postgres} database (user {@code postgres}); fails without one. */
    static String url() {
        Optional<String> why = startFailure();
        if (why.isPresent()) {
            throw new AssertionError(why.get(), failure);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is ending; the server's directory is temporary.
        }
    }
}
