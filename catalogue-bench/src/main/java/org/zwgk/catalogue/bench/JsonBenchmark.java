package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;

/** check-json against json-floor: one generated county catalogue's canonical JSON, checked vs merely parsed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    private Path file;
    private Checker checker;

    /** Generates (or finds) the file; builds the checker once, as a long-running service would. */
    @Setup
    public void setUp() {
        file = Fixtures.json();
        checker = Fixtures.checker();
    }

    /** json-floor: Jackson parses the file into a tree. */
    @Benchmark
    public JsonNode jsonFloor() {
        return Floors.parseJson(file);
    }

    /** check-json: read into the model and check against the national edition. */
    @Benchmark
    public Report checkJson() {
        return Checks.check(checker, file);
    }
}
