package org.zwgk.catalogue.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;

/**
 * check-xlsx against xlsx-floor: county workbooks of 25, 1,000 and 100,000 rows in the national layout, checked
 * vs merely visited cell by cell with POI's event API. The forks get 512 MB of heap, the target's bound: a
 * 100,000-row workbook must be read in a streaming way to fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class XlsxBenchmark {

    /** The number of category rows. */
    @Param({"25", "1000", "100000"})
    public int rows;

    private Path file;
    private Checker checker;

    /** Finds the workbook (bench/run.sh generates them ahead) and builds the checker. */
    @Setup
    public void setUp() {
        file = Fixtures.xlsx(rows);
        checker = Fixtures.checker();
    }

    /** xlsx-floor: every cell visited with POI's streaming event API. */
    @Benchmark
    public long xlsxFloor() {
        return Floors.visitXlsx(file);
    }

    /** check-xlsx: read into the model and check against the national edition. */
    @Benchmark
    public Report checkXlsx() {
        return Checks.check(checker, file);
    }
}
