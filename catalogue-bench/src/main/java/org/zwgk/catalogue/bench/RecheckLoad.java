package org.zwgk.catalogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Re-checking a review round (issue 18): the packaged server started under {@code -Xmx1g} with a data directory of
 * its own, one round of the 3,000 generated locality catalogues, each uploaded through its locality's link (by
 * four clients), then {@code POST /api/v1/rounds/{id}/recheck} timed: warm-up rechecks until the server's compilers
 * have settled ({@link #MIN_WARM_UPS}), then the median of three. The floor is the batch floor, measured here
 * in-process: Jackson's {@code readTree} of the same 3,000 files on one thread per core, after three warm-up runs,
 * the median of 28 runs taken in four turns of seven between and around the timed rechecks. Prints
 * {@code ratio recheck/batch-floor} and the absolute values. Usage: {@code RecheckLoad <catalogue-server.jar>}.
 */
public final class RecheckLoad {

    private static final int CLIENTS = 4;
    /**
     * Re-checks before the timed ones: at least {@value #MIN_WARM_UPS}, then until one in which the server's JIT
     * compilers took at most {@value #SETTLED_JIT_SHARE} of its CPU, at most {@value #MAX_WARM_UPS}: the re-check is
     * measured settled, as the batch pair is. On 2 cores one C2 thread works through the re-check's hot code for
     * seven to ten re-checks: after five, C2 compiled {@code Submissions.recheck}, {@code StoredReport.of} and
     * {@code CheckService.request} for the first time during the timed ones (113 C2 compilations in the first),
     * and the JIT took 0.4-1.3 s of a timed re-check's 4-5 s.
     */
    private static final int MIN_WARM_UPS = 5;
    private static final int MAX_WARM_UPS = 15;
    private static final double SETTLED_JIT_SHARE = 0.05;
    private static final int RECHECKS = 3;
    private static final int FLOOR_RUNS = 7;
    private static final String PASSWORD = "bench-recheck-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The environment variable with extra JVM options for the server. */
    static final String SERVER_JVM_ARGS = "ZWGK_BENCH_SERVER_JVM_ARGS";

    private RecheckLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        List<Path> files = Fixtures.batch();
        System.out.printf(Locale.ROOT, "recheck-load localities %d, upload clients %d, cores %d%n", files.size(),
                CLIENTS, Runtime.getRuntime().availableProcessors());
        Parallel pool = new Parallel(Runtime.getRuntime().availableProcessors());
        List<Double> floors = new ArrayList<>();
        floor(pool, files, 3, new ArrayList<>());

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("zwgk-recheck-load");
        Path log = data.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g"));
        command.addAll(serverJvmArgs());
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=WARN",
                "--zwgk.data-dir=" + data.resolve("data"), "--zwgk.admin.password=" + PASSWORD));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ServerLoad.awaitUp(client, base, server);
            JsonNode round = open(client, base, files);
            String id = round.get("id").asText();
            long start = System.nanoTime();
            int failed = uploadAll(client, round.get("localities"), files);
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            if (failed > 0) {
                throw new IllegalStateException(failed + " of " + files.size() + " uploads were not answered 201");
            }
            List<String> warmUps = warmUp(client, base, id, files.size(), server);
            // Floor and recheck take turns, so that other work on the machine weighs on both alike.
            double[] seconds = new double[RECHECKS];
            double[] cpu = new double[RECHECKS];
            String[] threads = new String[RECHECKS];
            for (int i = 0; i < RECHECKS; i++) {
                floor(pool, files, FLOOR_RUNS, floors);
                Measured m = measured(client, base, id, files.size(), server);
                seconds[i] = m.seconds();
                cpu[i] = m.cpu();
                threads[i] = ThreadCpu.between(m.before(), m.after());
            }
            floor(pool, files, FLOOR_RUNS, floors);
            double median = median(seconds);
            double floor = median(floors.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf(Locale.ROOT, "ratio recheck/batch-floor %.2f%n", median / floor);
            System.out.printf(Locale.ROOT, "recheck %.2f s (median of %d after %d warm-up rechecks; runs %s), "
                    + "batch-floor %.3f s (median of %d), %d localities; uploads %.1f s%n", median, RECHECKS,
                    warmUps.size(),
                    Arrays.toString(Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s))
                            .toArray()), floor, floors.size(), files.size(), uploadSeconds);
            // The server's CPU time is less swayed by other work on the machine than the wall time.
            System.out.printf(Locale.ROOT, "recheck server CPU %.2f s (median; runs %s)%n", median(cpu),
                    Arrays.toString(Arrays.stream(cpu).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s))
                            .toArray()));
            System.out.println("target recheck/batch-floor <= 3 " + (median / floor <= 3 ? "met" : "missed"));
            // By thread group, kernel seconds in brackets; the re-check's workers end with it.
            for (int i = 0; i < RECHECKS; i++) {
                System.out.printf(Locale.ROOT, "timed recheck %d server cpu by thread: %s%n", i + 1, threads[i]);
            }
            double[] sorted = floors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "batch-floor runs %.3f-%.3f s; data directory %d MB after %d "
                    + "submissions (uploads and %d rechecks)%n", sorted[0], sorted[sorted.length - 1],
                    size(data.resolve("data")) / 1_000_000, files.size() * (warmUps.size() + RECHECKS + 1),
                    warmUps.size() + RECHECKS);
            System.out.println("warm-up rechecks (wall, server CPU, of it JIT): " + String.join("; ", warmUps));
        } catch (Exception | Error e) {
            System.err.println(Files.readString(log));
            throw e;
        } finally {
            pool.close();
            server.destroy();
            server.waitFor();
            deleteTree(data);
        }
    }

    /**
     * Extra JVM options for the server, from the environment variable {@value #SERVER_JVM_ARGS} (split at
     * whitespace): e.g. {@code -XX:StartFlightRecording=filename=recheck.jfr} to profile the server while it works.
     */
    private static List<String> serverJvmArgs() {
        String args = System.getenv(SERVER_JVM_ARGS);
        return args == null || args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
    }

    /** The CPU time the server process has used so far, in seconds (NaN where the platform does not say). */
    private static double cpuSeconds(Process server) {
        return server.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** The batch floor: Jackson's tree of every file on one thread per core, {@code runs} times into {@code into}. */
    private static void floor(Parallel pool, List<Path> files, int runs, List<Double> into) {
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pool.map(files, Floors::parseJson);
            into.add((System.nanoTime() - start) / 1e9);
        }
    }

    /** Opens one round with a locality per file, named after it: the round's JSON with the upload links. */
    private static JsonNode open(HttpClient client, URI base, List<Path> files) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("name", "recheck-load").put("asOf",
                Fixtures.AS_OF.toString());
        ArrayNode localities = request.putArray("localities");
        files.forEach(f -> localities.addObject().put("name", name(f)));
        HttpResponse<String> r = client.send(admin(base.resolve("/api/v1/rounds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("opening the round: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Every file through its locality's link, {@link #CLIENTS} at a time: the number not answered 201. */
    private static int uploadAll(HttpClient client, JsonNode localities, List<Path> files) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        try (Parallel parallel = new Parallel(CLIENTS)) {
            parallel.map(files, file -> {
                int i = files.indexOf(file);
                String url = localities.get(i).get("uploadUrl").asText();
                try {
                    HttpResponse<String> r = client.send(multipart(URI.create(url), file),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        failed.incrementAndGet();
                        System.err.println(file.getFileName() + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        return failed.get();
    }

    /**
     * Re-checks until the server's compilers have settled ({@link #MIN_WARM_UPS}): for each, its wall seconds, the
     * server's CPU seconds and the JIT's share of them.
     */
    private static List<String> warmUp(HttpClient client, URI base, String id, int expected, Process server)
            throws Exception {
        List<String> done = new ArrayList<>();
        while (done.size() < MAX_WARM_UPS) {
            Measured m = measured(client, base, id, expected, server);
            double jit = ThreadCpu.jitSeconds(m.before(), m.after());
            done.add(String.format(Locale.ROOT, "%.2f s, %.2f s, %.2f s", m.seconds(), m.cpu(), jit));
            // Where /proc or the process's CPU time is not there, the minimum is taken.
            boolean settled = !(jit / m.cpu() > SETTLED_JIT_SHARE);
            if (done.size() >= MIN_WARM_UPS && settled) {
                break;
            }
        }
        return done;
    }

    /**
     * One recheck measured: its wall seconds, the server's CPU seconds, and the server's threads before and after.
     *
     * @param seconds the wall seconds
     * @param cpu     the server process's CPU seconds (NaN where the platform does not say)
     * @param before  the server's threads before
     * @param after   the server's threads after
     */
    private record Measured(double seconds, double cpu, Optional<ThreadCpu.Snapshot> before,
            Optional<ThreadCpu.Snapshot> after) {
    }

    private static Measured measured(HttpClient client, URI base, String id, int expected, Process server)
            throws Exception {
        double cpuBefore = cpuSeconds(server);
        Optional<ThreadCpu.Snapshot> before = ThreadCpu.take(server.pid());
        double seconds = recheck(client, base, id, expected);
        double cpu = cpuSeconds(server) - cpuBefore;
        return new Measured(seconds, cpu, before, ThreadCpu.take(server.pid()));
    }

    /** One recheck of the whole round: its wall seconds, after checking that every locality was re-checked. */
    private static double recheck(HttpClient client, URI base, String id, int expected) throws Exception {
        Instant from = Instant.now();
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(admin(base.resolve("/api/v1/rounds/" + id + "/recheck"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - start) / 1e9;
        // On stderr (bench/results/recheck.log), so that a profile of the server can be cut to the re-checks.
        System.err.printf(Locale.ROOT, "recheck from %s to %s%n", from, Instant.now());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("recheck: " + r.statusCode() + " "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        int rechecked = JSON.readTree(r.body()).size();
        if (rechecked != expected) {
            throw new IllegalStateException("recheck answered " + rechecked + " localities, not " + expected);
        }
        return seconds;
    }

    private static HttpRequest.Builder admin(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data POST of one file in the field {@code file}. */
    private static HttpRequest multipart(URI uri, Path file) throws IOException {
        String boundary = "zwgk-bench-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - ".json".length()) : n;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
