package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.spring.LogText;

/**
 * The server as a user runs it: {@code java -Xmx512m -jar catalogue-server/target/catalogue-server.jar
 * --server.port=N} in its own process, the bundled example checked over HTTP and its JSON compared with the
 * command line's, a hostile file refused, and the next check answered.
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    @Test
    void thePackagedJarStartsAndChecksTheBundledExampleAsTheCommandLineDoes() throws Exception {
        Path jar = Path.of("target", "catalogue-server.jar");
        assertThat(jar).isRegularFile();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--zwgk.data-dir=" + dir.resolve("data"))).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Http http = new Http("http://localhost:" + port);
            awaitUp(http, server, log);

            byte[] example = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
            String name = "示例县 sample-county-shortfalls.json";
            Http.Answer a = http.post("/api/v1/checks", Map.of("file", new Http.FilePart(name, example), "asOf",
                    TestFiles.AS_OF));
            assertThat(a.status().value()).isEqualTo(200);
            assertThat(a.text()).isEqualTo(TestFiles.cliJson(dir, name, example));

            HostileFiles.Hostile xxe = HostileFiles.xxe();
            Http.Answer refused = http.post("/api/v1/checks", Map.of("file", new Http.FilePart(xxe.name(),
                    xxe.bytes())));
            assertThat(refused.status().value()).isEqualTo(422);
            assertThat(refused.text()).contains("\"id\":\"io.xml-dtd\"");
            assertThat(http.post("/api/v1/checks", Map.of("file", new Http.FilePart(name, example), "asOf",
                    TestFiles.AS_OF)).text()).isEqualTo(a.text());

            String logged = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(logged).contains(LogText.escape(name)).doesNotContain(name);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Polls the health endpoint until the server answers UP; fails with the log if the process ends first. */
    private static void awaitUp(Http http, Process server, Path log) throws IOException, InterruptedException {
        // Generous: on a loaded two-core machine Spring Boot has taken a minute to start.
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (http.get("/actuator/health").text().contains("\"UP\"")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come up: " + Files.readString(log, StandardCharsets.UTF_8));
    }
}
