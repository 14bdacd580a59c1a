package org.zwgk.catalogue.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.zwgk.catalogue.rules.Checker;

/**
 * Peak heap of a run alone in its own JVM, started with -Xmx512m: {@code check-xlsx-100000} checks the
 * 100,000-row workbook once (bench/run.sh runs this one; a JMH fork cannot report on a run that dies of
 * OutOfMemoryError), {@code batch} checks the 3,000 catalogues once on every core (bench/run.sh takes the batch's
 * heap from its JMH fork instead, which saves a minute; this is for profiling it alone). The heap is watched ({@link HeapWatch}) from after the fixtures are
 * found and the checker is built; the figures go to a properties file.
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    /** Usage: {@code PeakHeap check-xlsx-100000|batch OUT.properties}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PeakHeap check-xlsx-100000|batch OUT.properties");
        }
        String run = args[0];
        Checker checker = Fixtures.checker();
        Runnable work = switch (run) {
            case "check-xlsx-100000" -> {
                Path file = Fixtures.xlsx(100_000);
                yield () -> Checks.check(checker, file);
            }
            case "batch" -> {
                List<Path> files = Fixtures.batch();
                yield () -> {
                    try (Parallel parallel = new Parallel(Runtime.getRuntime().availableProcessors())) {
                        parallel.map(files, file -> Checks.check(checker, file));
                    }
                };
            }
            default -> throw new IllegalArgumentException("unknown run " + run);
        };
        HeapWatch watch = new HeapWatch();
        CompletableFuture<String> done = CompletableFuture.supplyAsync(() -> {
            try {
                work.run();
                return "ok";
            } catch (OutOfMemoryError | RuntimeException e) {
                // An out-of-memory error is the finding here, not a crash of the harness.
                return e.getClass().getSimpleName();
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "zwgk-peak-heap");
            t.setDaemon(true);
            t.start();
        });
        String outcome;
        while (true) {
            try {
                outcome = done.get(100, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                if (watch.exhausted()) {
                    outcome = "heap-exhausted (98% of -Xmx live after a collection; stopped)";
                    break;
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        watch.store(run, outcome, Path.of(args[1]));
        // The work thread may still be thrashing in a full heap: end the JVM rather than wait for it.
        System.exit(0);
    }
}
