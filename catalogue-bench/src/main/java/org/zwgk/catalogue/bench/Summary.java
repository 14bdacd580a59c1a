package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints bench/run.sh's figures from the raw results of one run (JMH's {@code jmh-*.json}, the heap and cold
 * start properties): the four ratios of the issue first, as {@code ratio check-json/json-floor 1.40}, then
 * the ratios at the other workbook sizes, then every absolute value with its unit, then each target met or
 * missed. A figure whose run failed is printed as {@code n/a}, never left out, so a missing line cannot pass
 * for a met target.
 */
public final class Summary {

    private static final String PKG = "org.zwgk.catalogue.bench.";
    private static final String BIG = "100000";

    /** Every run's result of each benchmark, in the order the result files sort. */
    private final Map<String, List<JsonNode>> jmh = new LinkedHashMap<>();
    private final Properties figures = new Properties();

    private Summary(Path results) throws IOException {
        // bench/run.sh runs JMH several times (each with its own configuration): one jmh-<part>.json each.
        try (Stream<Path> files = Files.list(results)) {
            for (Path json : files.filter(f -> f.getFileName().toString().matches("jmh-.*\\.json")).sorted()
                    .toList()) {
                if (Files.size(json) == 0) {
                    continue;
                }
                for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
                    String name = r.path("benchmark").asText().replace(PKG, "");
                    JsonNode rows = r.path("params").path("rows");
                    String key = rows.isMissingNode() ? name : name + ":" + rows.asText();
                    // A benchmark run more than once (each side of the JSON pair, four times, see bench/run.sh)
                    // counts by the mean of its runs, as JMH itself combines forks.
                    jmh.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (String file : List.of("peak-check-xlsx-100000.properties", "peak-batch.properties",
                "cold-start.properties")) {
            Path p = results.resolve(file);
            if (Files.exists(p)) {
                try (Reader r = Files.newBufferedReader(p)) {
                    figures.load(r);
                }
            }
        }
    }

    /** Usage: {@code Summary RESULTS_DIR}. */
    public static void main(String[] args) throws IOException {
        new Summary(Path.of(args.length > 0 ? args[0] : "bench/results")).print();
    }

    private void print() {
        List<String[]> targets = new ArrayList<>();
        Optional<Double> json = ratio("JsonBenchmark.checkJson", "JsonBenchmark.jsonFloor");
        Optional<Double> xlsx = ratio("XlsxBenchmark.checkXlsx:" + BIG, "XlsxBenchmark.xlsxFloor:" + BIG);
        Optional<Double> batch = ratio("BatchBenchmark.batch", "BatchBenchmark.batchFloor");
        Optional<Double> cold = number("cold-start.ms").flatMap(c -> number("java-version.ms").map(v -> c / v));
        line("ratio check-json/json-floor", json);
        line("ratio check-xlsx/xlsx-floor", xlsx);
        line("ratio batch/batch-floor", batch);
        line("ratio cold-start/java-version", cold);
        // The release archive's launcher (issue 19): its second and later runs, with their startup archive.
        Optional<Double> launcher = number("cold-start-launcher.ms")
                .flatMap(c -> number("java-version.ms").map(v -> c / v));
        line("ratio cold-start-launcher/java-version", launcher);
        Optional<Double> docx = ratio("DocumentBenchmark.readDocx", "DocumentBenchmark.docxFloor");
        Optional<Double> pdf = ratio("DocumentBenchmark.readPdf", "DocumentBenchmark.pdfFloor");
        line("ratio read-docx/docx-floor", docx);
        line("ratio read-pdf/pdf-floor", pdf);
        for (String rows : List.of("25", "1000")) {
            line("ratio check-xlsx/xlsx-floor@" + rows + "-rows",
                    ratio("XlsxBenchmark.checkXlsx:" + rows, "XlsxBenchmark.xlsxFloor:" + rows));
        }

        for (Map.Entry<String, String> b : benchmarks().entrySet()) {
            List<JsonNode> runs = jmh.get(b.getKey());
            if (runs == null) {
                System.out.println(b.getValue() + " n/a ms/op (no result: failed, or not run because it does not fit; see jmh-*.log, peak-heap)");
                continue;
            }
            String unit = runs.get(0).path("primaryMetric").path("scoreUnit").asText();
            if (runs.size() == 1) {
                JsonNode time = runs.get(0).path("primaryMetric");
                System.out.printf(Locale.ROOT, "%s %.3f ± %.3f %s%n", b.getValue(), time.path("score").asDouble(),
                        time.path("scoreError").asDouble(), unit);
            } else {
                System.out.printf(Locale.ROOT, "%s %.3f %s (mean of %d runs: %s)%n", b.getValue(),
                        score(b.getKey()).orElseThrow(), unit, runs.size(), runs.stream()
                                .map(r -> String.format(Locale.ROOT, "%.3f", score(r)))
                                .collect(Collectors.joining(", ")));
            }
            OptionalDouble alloc = runs.stream().map(r -> r.path("secondaryMetrics").path("gc.alloc.rate.norm"))
                    .filter(a -> !a.isMissingNode()).mapToDouble(a -> a.path("score").asDouble()).average();
            if (alloc.isPresent()) {
                System.out.printf(Locale.ROOT, "%s allocated %.3f MB/op%n", b.getValue(),
                        alloc.getAsDouble() / 1024 / 1024);
            }
        }
        for (String run : List.of("check-xlsx-100000", "batch")) {
            String p = "peak." + run + ".";
            System.out.printf("peak-heap %s %s MB (most live after a GC %s MB; -Xmx %s MB; %s ms; %s)%n", run,
                    figures.getProperty(p + "mb", "n/a"), figures.getProperty(p + "live.mb", "n/a"),
                    figures.getProperty(p + "xmx.mb", "n/a"), figures.getProperty(p + "ms", "n/a"),
                    figures.getProperty(p + "outcome", "not run"));
        }
        System.out.printf("cold-start %s ms (median of %s runs of catalogue-cli.jar check, 25-row .xlsx)%n",
                figures.getProperty("cold-start.ms", "n/a"), figures.getProperty("runs", "n/a"));
        System.out.printf("cold-start-launcher %s ms (median of %s runs of bin/zwgk-catalogue check after its first, "
                + "25-row .xlsx)%n", figures.getProperty("cold-start-launcher.ms", "n/a"),
                figures.getProperty("runs", "n/a"));
        System.out.printf("java-version %s ms (median of %s runs of java -version)%n",
                figures.getProperty("java-version.ms", "n/a"), figures.getProperty("runs", "n/a"));

        // The bounds of docs/performance.md's table: issue 15 set check-json to 3 (from 2) and the batch to 2 (from 3).
        targets.add(verdict("check-json/json-floor <= 3", json, 3));
        boolean fits = "ok".equals(figures.getProperty("peak.check-xlsx-100000.outcome"));
        targets.add(verdict("check-xlsx/xlsx-floor <= 2 at 100000 rows under -Xmx512m", fits ? xlsx : Optional.empty(), 2));
        targets.add(verdict("batch/batch-floor <= 2", batch, 2));
        targets.add(verdict("cold-start/java-version <= 5", cold, 5));
        targets.add(verdict("cold-start-launcher/java-version <= 8", launcher, 8));
        targets.add(verdict("read-docx/docx-floor <= 2 at 1000 rows", docx, 2));
        targets.add(verdict("read-pdf/pdf-floor <= 2 at 1000 rows", pdf, 2));
        targets.forEach(t -> System.out.println("target " + t[0] + " " + t[1]));
    }

    /** JMH result keys and the names printed for them, in print order. */
    private static Map<String, String> benchmarks() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("JsonBenchmark.jsonFloor", "json-floor");
        names.put("JsonBenchmark.checkJson", "check-json");
        for (String rows : List.of("25", "1000", BIG)) {
            names.put("XlsxBenchmark.xlsxFloor:" + rows, "xlsx-floor@" + rows + "-rows");
            names.put("XlsxBenchmark.checkXlsx:" + rows, "check-xlsx@" + rows + "-rows");
        }
        names.put("BatchBenchmark.batchFloor", "batch-floor");
        names.put("BatchBenchmark.batch", "batch");
        names.put("DocumentBenchmark.docxFloor", "docx-floor@1000-rows");
        names.put("DocumentBenchmark.readDocx", "read-docx@1000-rows");
        names.put("DocumentBenchmark.pdfFloor", "pdf-floor@1000-rows");
        names.put("DocumentBenchmark.readPdf", "read-pdf@1000-rows");
        return names;
    }

    private Optional<Double> ratio(String check, String floor) {
        return score(check).flatMap(c -> score(floor).map(f -> c / f));
    }

    /** The benchmark's score: the mean of its runs. */
    private Optional<Double> score(String key) {
        return Optional.ofNullable(jmh.get(key))
                .map(runs -> runs.stream().mapToDouble(Summary::score).average().orElseThrow());
    }

    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    private Optional<Double> number(String key) {
        return Optional.ofNullable(figures.getProperty(key)).map(Double::valueOf);
    }

    private static void line(String label, Optional<Double> value) {
        System.out.println(label + " " + value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a"));
    }

    private static String[] verdict(String target, Optional<Double> value, double bound) {
        return new String[] {target, value.map(v -> v <= bound ? "met" : "missed").orElse("missed (no figure)")};
    }
}
