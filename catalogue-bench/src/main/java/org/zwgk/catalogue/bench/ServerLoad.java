package org.zwgk.catalogue.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.management.OperatingSystemMXBean;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import org.zwgk.catalogue.bench.generate.LocalityGenerator;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.CheckRun;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.InputFile;

/**
 * The web checker under load (issue 17): the packaged server started under {@code -Xmx512m} on a loopback port,
 * 16 concurrent clients sending 2,000 uploads of one generated county catalogue, as .xlsx and as JSON alternately;
 * the same checks in-process through the library's check workflow on as many threads as cores are the floor.
 * Prints {@code ratio server/in-process}, {@code ratio server-p99/server-p50} and the count of errors; then the
 * same with one upload in ten a hostile file, each of which must be answered 422 with its problem id while every
 * good report stays byte-identical to the first. Each run also prints the CPU seconds of the server process, of
 * the clients (this process) and of the floor: on a machine where the clients share the server's cores, the wall
 * ratio counts the clients' work too. Usage: {@code ServerLoad <catalogue-server.jar> [uploads [warm-up uploads]]};
 * each side is warmed up by the same number of uploads (by default half the measured ones) before it is measured.
 */
public final class ServerLoad {

    private static final int CLIENTS = 16;

    private ServerLoad() {
    }

    /**
     * One upload, with the multipart/form-data body a browser's form sends for it (the check date and the file),
     * built once: the 16 clients share the server's 2 cores, and building the same 40 KB body 2,000 times over was
     * the load generator's work, not the server's.
     */
    private record Upload(String name, byte[] bytes, String expectedId, HttpEntity body) {
        Upload(String name, byte[] bytes, String expectedId) {
            this(name, bytes, expectedId, multipart(name, bytes));
        }
    }

    /** A response's status and body. */
    private record Answer(int status, byte[] body) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int uploads = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : uploads / 2;
        Catalogue county = LocalityGenerator.standard().generate(Fixtures.JSON_INDEX);
        List<Upload> good = List.of(new Upload("county.xlsx", write(county, Format.XLSX), null),
                new Upload("county.json", write(county, Format.JSON), null));
        List<Upload> hostile = List.of(new Upload("xxe.xlsx", xxe(), "io.xml-dtd"),
                new Upload("deep.json", ("{\"edition\":\"e\",\"title\":\"t\",\"categories\":" + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8), "io.limit.json-depth"),
                new Upload("empty.csv", new byte[0], "io.empty-file"));
        System.out.printf(Locale.ROOT, "server-load county categories %d, uploads %d, clients %d, cores %d%n",
                county.categoryCount(), uploads, CLIENTS, Runtime.getRuntime().availableProcessors());

        Floor floor = inProcess(good, List.of(), uploads, warmUp);
        Floor hostileFloor = inProcess(good, hostile, uploads, warmUp);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("zwgk-server-load", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        // Extra JVM options for the server, e.g. a JFR recording, as for RecheckLoad:
        // ZWGK_BENCH_SERVER_JVM_ARGS="-XX:StartFlightRecording=..."
        String extra = System.getenv().getOrDefault(RecheckLoad.SERVER_JVM_ARGS, "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=WARN",
                // The quick checker stores nothing; review rounds' database in memory, not ./data of the checkout.
                "--spring.datasource.url=jdbc:h2:mem:server-load;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (CloseableHttpClient client = clients()) {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitUp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), base, server);
            // Warm-up: as many uploads as the in-process floor's warm-up round, so both sides are measured hot.
            run(client, base, server, good, List.of(), warmUp);
            long from = System.currentTimeMillis();
            Result plain = run(client, base, server, good, List.of(), uploads);
            long to = System.currentTimeMillis();
            print("", plain, floor);
            Result mixed = run(client, base, server, good, hostile, uploads);
            if (!extra.isEmpty()) {
                // The timed runs' wall-clock window, to cut a recording of the whole server run down to it.
                System.out.printf(Locale.ROOT, "window plain %d %d, hostile-1-in-10 %d %d; floor %d %d, "
                        + "hostile-1-in-10 floor %d %d (epoch ms)%n", from, to, to, System.currentTimeMillis(),
                        floor.from, floor.to, hostileFloor.from, hostileFloor.to);
            }
            print("hostile-1-in-10 ", mixed, hostileFloor);
        } finally {
            server.destroy();
            server.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static void print(String prefix, Result r, Floor floor) {
        System.out.printf(Locale.ROOT, "ratio %sserver/in-process %.2f%n", prefix, r.seconds / floor.seconds);
        System.out.printf(Locale.ROOT, "ratio %sserver-p99/server-p50 %.2f%n", prefix, r.p99 / r.p50);
        System.out.printf(Locale.ROOT, "%sserver errors %d (of %d; hostile answered with their id %d)%n", prefix,
                r.errors, r.count, r.hostileOk);
        System.out.printf(Locale.ROOT, "%sserver %.2f s, p50 %.1f ms, p99 %.1f ms; in-process floor %.2f s%n",
                prefix, r.seconds, r.p50, r.p99, floor.seconds);
        // Where the cores went: the server and its 16 clients share them, so the wall ratio above counts the
        // clients' own work (java.net.http, on the same cores) as the server's; the in-process floor has none.
        System.out.printf(Locale.ROOT, "%scpu: server process %.1f s, the 16 clients %.1f s; in-process floor %.1f s "
                + "(server/in-process %.2f, server and clients/in-process %.2f)%n", prefix, r.serverCpu, r.clientCpu,
                floor.cpu, r.serverCpu / floor.cpu, (r.serverCpu + r.clientCpu) / floor.cpu);
        if (!r.serverThreads.isEmpty()) {
            // By thread group, kernel seconds in brackets: the check runs on threads it starts and ends.
            System.out.printf(Locale.ROOT, "%scpu by thread: server: %s; the clients: %s; in-process floor: %s%n",
                    prefix, r.serverThreads, r.clientThreads, floor.threads);
        }
    }

    /**
     * The floor's wall seconds, this process's CPU seconds over them and by thread group, and when they began and
     * ended (epoch ms).
     */
    private record Floor(double seconds, double cpu, String threads, long from, long to) {
    }

    /** CPU seconds this process has used so far. */
    private static double ownCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** CPU seconds {@code p} has used so far (0 where the platform does not tell). */
    private static double cpu(Process p) {
        return p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /**
     * The same uploads checked through the library, on as many threads as cores: wall and CPU seconds. Like the
     * server's check service, every check runs with one kept {@link Checker} for its parent and settings (the
     * server builds its one on the first upload of the warm-up; the floor before it).
     */
    private static Floor inProcess(List<Upload> good, List<Upload> hostile, int uploads, int warmUp)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Checker checker = CheckRun.checker(request(good.get(0)));
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            for (int round = 0; round < 2; round++) {
                long start = System.nanoTime();
                long from = System.currentTimeMillis();
                Optional<ThreadCpu.Snapshot> threads = ThreadCpu.take(ProcessHandle.current().pid());
                double cpu = ownCpu();
                List<Future<?>> done = new ArrayList<>();
                int n = round == 0 ? warmUp : uploads;
                for (int i = 0; i < n; i++) {
                    Upload u = pick(good, hostile, i);
                    done.add(pool.submit(() -> {
                        CheckRun run = CheckRun.of(request(u), checker, (item, checked, total) -> { });
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        run.renderAll("json", Locale.SIMPLIFIED_CHINESE, out);
                        return out.size();
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                if (round == 1) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    cpu = ownCpu() - cpu;
                    return new Floor(seconds, cpu, ThreadCpu.between(threads, ThreadCpu.take(ProcessHandle
                            .current().pid())), from, System.currentTimeMillis());
                }
            }
            throw new IllegalStateException();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The request the server's check service makes of one uploaded file with the benchmark's settings: one thread,
     * and what was read kept with the run (the result page shows it).
     */
    private static CheckRequest request(Upload u) {
        return CheckRequest.builder().input(InputFile.of(u.name, u.bytes)).asOf(Fixtures.AS_OF).threads(1)
                .keepInputs(true).build();
    }

    /** The i-th upload: every tenth a hostile one when there are any, else the good ones in turn. */
    private static Upload pick(List<Upload> good, List<Upload> hostile, int i) {
        return !hostile.isEmpty() && i % 10 == 9 ? hostile.get((i / 10) % hostile.size()) : good.get(i % good.size());
    }

    private record Result(int count, int errors, int hostileOk, double seconds, double p50, double p99,
            double serverCpu, double clientCpu, String serverThreads, String clientThreads) {
    }

    private static Result run(CloseableHttpClient client, URI base, Process server, List<Upload> good,
            List<Upload> hostile, int uploads) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger hostileOk = new AtomicInteger();
        byte[][] reference = new byte[good.size()][];
        double[] millis = new double[uploads];
        long start = System.nanoTime();
        Optional<ThreadCpu.Snapshot> serverThreads = ThreadCpu.take(server.pid());
        Optional<ThreadCpu.Snapshot> clientThreads = ThreadCpu.take(ProcessHandle.current().pid());
        double serverCpu = cpu(server);
        double clientCpu = ownCpu();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int index = i;
                Upload u = pick(good, hostile, i);
                done.add(clients.submit(() -> {
                    long t = System.nanoTime();
                    Answer r = post(client, base, u);
                    millis[index] = (System.nanoTime() - t) / 1e6;
                    if (u.expectedId != null) {
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        if (r.status() == 422 && body.contains("\"id\":\"" + u.expectedId + "\"")) {
                            hostileOk.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                        return null;
                    }
                    int k = good.indexOf(u);
                    synchronized (reference) {
                        if (reference[k] == null && r.status() == 200) {
                            reference[k] = r.body();
                        }
                    }
                    if (r.status() != 200 || !Arrays.equals(r.body(), reference[k])) {
                        errors.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.incrementAndGet();
                }
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        serverCpu = cpu(server) - serverCpu;
        clientCpu = ownCpu() - clientCpu;
        String serverSplit = ThreadCpu.between(serverThreads, ThreadCpu.take(server.pid()));
        String clientSplit = ThreadCpu.between(clientThreads, ThreadCpu.take(ProcessHandle.current().pid()));
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(uploads, errors.get(), hostileOk.get(), seconds, sorted[(int) (uploads * 0.50)],
                sorted[Math.min(uploads - 1, (int) Math.ceil(uploads * 0.99) - 1)], serverCpu, clientCpu, serverSplit,
                clientSplit);
    }

    /**
     * The 16 clients' HTTP client: Apache HttpClient's classic (blocking) API over a pool of 16 keep-alive
     * connections, one per client thread. It costs the shared cores far less per upload than {@code java.net.http}
     * did (its selector thread and asynchronous body handling: about 1.9 ms of CPU per upload).
     */
    private static CloseableHttpClient clients() {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(CLIENTS).setMaxConnPerRoute(CLIENTS)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                        .setSocketTimeout(Timeout.ofMinutes(2)).build())
                .build();
        return HttpClients.custom().setConnectionManager(connections).disableAutomaticRetries().build();
    }

    /**
     * The multipart/form-data body of one file and the check date as a browser's form sends it (no content type on
     * the text field), written once into bytes so that every request sends the same ones.
     */
    private static HttpEntity multipart(String name, byte[] bytes) {
        HttpEntity form = MultipartEntityBuilder.create().setMode(HttpMultipartMode.LEGACY)
                .addTextBody("asOf", Fixtures.AS_OF.toString())
                .addBinaryBody("file", bytes, ContentType.APPLICATION_OCTET_STREAM, name).build();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            form.writeTo(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayEntity(body.toByteArray(), ContentType.parse(form.getContentType()));
    }

    /** POSTs the upload's multipart body; the status and the whole body of the answer. */
    private static Answer post(CloseableHttpClient client, URI base, Upload u) throws IOException {
        HttpPost post = new HttpPost(base.resolve("/api/v1/checks"));
        post.setEntity(u.body);
        return client.execute(post, r -> new Answer(r.getCode(), EntityUtils.toByteArray(r.getEntity())));
    }

    /** Waits for the server's health endpoint to say UP (also used by {@link RecheckLoad}). */
    static void awaitUp(HttpClient client, URI base, Process server) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not come up");
    }

    private static byte[] write(Catalogue c, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(c, format, out);
        return out.toByteArray();
    }

    /** An .xlsx whose sheet declares a DOCTYPE with an external entity: the readers refuse it (io.xml-dtd). */
    private static byte[] xxe() throws IOException {
        String[][] parts = {
            {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"/>"},
            {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets><sheet name=\"目录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>"},
            {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/"
                + "passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"
                + "</worksheet>"}};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] p : parts) {
                zip.putNextEntry(new ZipEntry(p[0]));
                zip.write(p[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
