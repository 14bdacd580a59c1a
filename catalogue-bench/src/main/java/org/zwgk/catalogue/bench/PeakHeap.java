package org.zwgk.catalogue.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.zwgk.catalogue.rules.Checker;

/**
 * Peak heap of the two runs whose memory the issue bounds, each alone in its own JVM (bench/run.sh starts it
 * with -Xmx512m): {@code check-xlsx-100000} checks the 100,000-row workbook once; {@code batch} checks the
 * 3,000 catalogues once on every core. The peak is the sum of the heap pools' peak usage, reset after the
 * fixtures are found and the checker is built: an upper bound, as the pools may peak at different moments.
 * Writes {@code peak.<run>.mb}, {@code peak.<run>.ms} and {@code peak.<run>.outcome} (ok, or the error's name)
 * to a properties file.
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
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            work.run();
        } catch (OutOfMemoryError | RuntimeException e) {
            // An out-of-memory error is the finding here, not a crash of the harness.
            outcome = e.getClass().getSimpleName();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Properties out = new Properties();
        out.setProperty("peak." + run + ".mb", String.format(Locale.ROOT, "%.1f", peak / 1024.0 / 1024.0));
        out.setProperty("peak." + run + ".ms", Long.toString(millis));
        out.setProperty("peak." + run + ".outcome", outcome);
        out.setProperty("peak." + run + ".xmx.mb",
                Long.toString(Runtime.getRuntime().maxMemory() / 1024 / 1024));
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]))) {
            out.store(w, "zwgk-catalogue catalogue-bench PeakHeap");
        }
        System.out.println(run + ": peak heap " + out.getProperty("peak." + run + ".mb") + " MB, " + millis
                + " ms, " + outcome);
    }
}
