package org.zwgk.catalogue.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary bench/run.sh prints: ratios first, and a benchmark run more than once counted by its runs' mean. */
class SummaryTest {

    @TempDir
    Path results;

    @Test
    void aPairRunTwiceCountsEachSideByTheMeanOfItsRuns() throws IOException {
        // As bench/run.sh alternates them (it runs four a side): check, floor, floor, check.
        result("jmh-json-1.json", "checkJson", 0.510);
        result("jmh-json-2.json", "jsonFloor", 0.249);
        result("jmh-json-3.json", "jsonFloor", 0.265);
        result("jmh-json-4.json", "checkJson", 0.470);
        Files.writeString(results.resolve("cold-start.properties"),
                "cold-start.ms=1500\njava-version.ms=60\nruns=10\n");

        String out = summary();

        assertThat(out).startsWith("ratio check-json/json-floor 1.91\n");
        assertThat(out).contains("ratio cold-start/java-version 25.00\n");
        assertThat(out).contains("json-floor 0.257 ms/op (mean of 2 runs: 0.249, 0.265)\n");
        assertThat(out).contains("check-json 0.490 ms/op (mean of 2 runs: 0.510, 0.470)\n");
        assertThat(out).contains("target check-json/json-floor <= 3 met\n");
        assertThat(out).contains("target cold-start/java-version <= 5 missed\n");
        assertThat(out).contains("target batch/batch-floor <= 2 missed (no figure)\n");
    }

    @Test
    void theLaunchersColdStartIsPrintedBesideThePlainJars() throws IOException {
        Files.writeString(results.resolve("cold-start.properties"),
                "cold-start.ms=1500\njava-version.ms=60\ncold-start-launcher.ms=450\nruns=10\n");

        String out = summary();

        assertThat(out).contains("ratio cold-start/java-version 25.00\nratio cold-start-launcher/java-version 7.50\n");
        assertThat(out).contains("cold-start-launcher 450 ms (median of 10 runs of bin/zwgk-catalogue check after "
                + "its first, 25-row .xlsx)\n");
        assertThat(out).contains("target cold-start-launcher/java-version <= 8 met\n");
    }

    @Test
    void aBenchmarkRunOnceIsPrintedAsItIs() throws IOException {
        result("jmh-json.json", "checkJson", 0.700);
        result("jmh-json-floor.json", "jsonFloor", 0.200);

        String out = summary();

        assertThat(out).startsWith("ratio check-json/json-floor 3.50\n");
        assertThat(out).contains("check-json 0.700 ± 0.010 ms/op\n");
        assertThat(out).contains("target check-json/json-floor <= 3 missed\n");
    }

    private void result(String file, String benchmark, double score) throws IOException {
        Files.writeString(results.resolve(file), String.format(Locale.ROOT, """
                [{"benchmark": "org.zwgk.catalogue.bench.JsonBenchmark.%s", "mode": "avgt",
                  "primaryMetric": {"score": %s, "scoreError": 0.010, "scoreUnit": "ms/op"},
                  "secondaryMetrics": {}}]
                """, benchmark, score));
    }

    private String summary() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Summary.main(new String[] {results.toString()});
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
