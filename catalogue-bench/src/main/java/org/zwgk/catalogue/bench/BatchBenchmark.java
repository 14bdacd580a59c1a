package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * core vs merely parsed by Jackson on the same pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark {

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
    public List<Report> batch() {
        return parallel.map(files, file -> Checks.check(checker, file));
    }
}
