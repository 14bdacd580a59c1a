package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.server.Http;
import org.zwgk.catalogue.server.TestFiles;

/**
 * The packaged server killed ({@code kill -9}) while uploads are in flight, then started again on the same H2 file:
 * every upload that was answered {@code 201} is there with its version and SHA-256, and each locality's versions
 * are still gapless (the database is consistent).
 */
class CrashIT {

    private static final String ADMIN = "admin password of the crash test";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedUploadSurvivesAKill() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Process server = start(port, data, dir.resolve("first.log"));
        String base = "http://localhost:" + port;
        ReviewClient anonymous = ReviewClient.anonymous(base);
        Http.Answer made = anonymous.as("admin", ADMIN).post("/api/v1/users", Map.of("username", "crash",
                "password", "crash test password"));
        assertThat(made.status().value()).as(made.text()).isEqualTo(201);
        ReviewClient reviewer = anonymous.as("crash", "crash test password");
        JsonNode round = ReviewFixture.openRound(reviewer, "一区", "二区", "三区");
        List<String> urls = new ArrayList<>();
        round.get("localities").forEach(l -> urls.add(l.get("uploadUrl").asText()));
        byte[] bytes = TestFiles.edition(TestFiles.EXAMPLE, Format.CSV);

        ConcurrentLinkedQueue<JsonNode> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            String url = urls.get(t % urls.size());
            pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Http.Answer a = anonymous.upload(url, "county.csv", bytes);
                        if (a.status().value() == 201) {
                            acknowledged.add(ReviewClient.json(a));
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        for (int i = 0; i < 1200 && acknowledged.size() < 20; i++) {
            Thread.sleep(100);
        }
        server.destroyForcibly();
        server.waitFor(60, TimeUnit.SECONDS);
        pool.shutdownNow();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        assertThat(acknowledged).as("uploads acknowledged before the kill").hasSizeGreaterThanOrEqualTo(5);

        Process again = start(port, data, dir.resolve("second.log"));
        try {
            String id = round.get("id").asText();
            for (JsonNode s : acknowledged) {
                Http.Answer a = reviewer.get("/api/v1/rounds/" + id + "/submissions/" + s.get("id").asText());
                assertThat(a.status().value()).as("acknowledged %s", s).isEqualTo(200);
                JsonNode stored = ReviewClient.json(a);
                assertThat(stored.get("version").asInt()).isEqualTo(s.get("version").asInt());
                assertThat(stored.get("sha256").asText()).isEqualTo(s.get("sha256").asText());
            }
            for (JsonNode l : round.get("localities")) {
                JsonNode versions = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/"
                        + l.get("id").asText() + "/submissions"));
                for (int v = 0; v < versions.size(); v++) {
                    assertThat(versions.get(v).get("version").asInt()).isEqualTo(v + 1);
                }
                JsonNode shown = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id));
                Map<String, Integer> latest = new LinkedHashMap<>();
                shown.get("localities").forEach(x -> latest.put(x.get("id").asText(), x.get("version").isNull() ? 0
                        : x.get("version").asInt()));
                assertThat(latest.get(l.get("id").asText())).isEqualTo(versions.size());
            }
            assertThat(anonymous.upload(urls.get(0), "county.csv", bytes).status().value()).isEqualTo(201);
        } finally {
            again.destroy();
            if (!again.waitFor(60, TimeUnit.SECONDS)) {
                again.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Process start(int port, Path data, Path log) throws IOException, InterruptedException {
        Path jar = Path.of("target", "catalogue-server.jar");
        assertThat(jar).isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--zwgk.data-dir=" + data, "--zwgk.catalogue.limits.queue=100"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("ZWGK_ADMIN_PASSWORD", ADMIN);
        Process p = pb.start();
        Http http = new Http("http://localhost:" + port);
        for (int i = 0; i < 600; i++) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (http.get("/actuator/health").text().contains("\"UP\"")) {
                    return p;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come up: " + Files.readString(log, StandardCharsets.UTF_8));
    }
}
