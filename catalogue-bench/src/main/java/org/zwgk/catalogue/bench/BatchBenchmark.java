package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;

/**
 * batch against batch-floor: the whole country, 3,000 generated locality catalogues, checked in one JVM on every
 * core vs merely parsed by Jackson on the same pool. The fork has 512 MB of heap; the heap of each batch iteration
 * is watched and, when {@code $ZWGK_BENCH_RESULTS} names a directory, stored there as
 * {@code peak-batch.properties} (the last iteration's figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class BatchBenchmark {

    /** The heap watched over one iteration of the batch (not of its floor, which does not take this state). */
    @State(Scope.Benchmark)
    public static class Heap {
        private HeapWatch watch;

        /** Starts watching. */
        @Setup(Level.Iteration)
        public void start() {
            watch = new HeapWatch();
        }

        /** Stores the figures where bench/run.sh collects them. */
        @TearDown(Level.Iteration)
        public void stop() {
            String results = System.getenv("ZWGK_BENCH_RESULTS");
            if (results != null && !results.isBlank()) {
                watch.store("batch", "ok", Path.of(results, "peak-batch.properties"));
            } else {
                watch.close();
            }
        }
    }

    private List<Path> files;
    private Checker checker;
    private Parallel parallel;

    /** Generates (or finds) the 3,000 files; one thread per core. */
    @Setup
    public void setUp() {
        files = Fixtures.batch();
        checker = Fixtures.checker();
        parallel = new Parallel(Runtime.getRuntime().availableProcessors());
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        parallel.close();
    }

    /** batch-floor: every file parsed into a Jackson tree. */
    @Benchmark
    public List<JsonNode> batchFloor() {
        return parallel.map(files, Floors::parseJson);
    }

    /** batch: every file read and checked against the national edition. */
    @Benchmark
    public List<Report> batch(Heap heap) {
        return parallel.map(files, file -> Checks.check(checker, file));
    }
}
