package org.zwgk.catalogue.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.zwgk.catalogue.rules.Checker;

/**
 * Peak heap of the two runs whose memory the issue bounds, each alone in its own JVM (bench/run.sh starts it
 * with -Xmx512m): {@code check-xlsx-100000} checks the 100,000-row workbook once; {@code batch} checks the
 * 3,000 catalogues once on every core. The heap is watched ({@link HeapWatch}) from after the fixtures are
 * found and the checker is built; the figures go to a properties file.
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    /** Usage: {@code PeakHeap check-xlsx-100000|batch OUT.properties}. */
    public static void main(String[] args) throws IOException {
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
        String outcome = "ok";
        try {
            work.run();
        } catch (OutOfMemoryError | RuntimeException e) {
            // An out-of-memory error is the finding here, not a crash of the harness.
            outcome = e.getClass().getSimpleName();
        }
        watch.store(run, outcome, Path.of(args[1]));
    }
}
