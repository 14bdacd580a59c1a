package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.spring.internal.CheckGate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A saturated server, on a real port: one check slot and one queue place, both held by checks this test blocks
 * (and releases) itself, so the gate is full for certain, not by timing. The API and the form then answer 503 with
 * {@code Retry-After} and {@code service.busy}, and once the gate frees the next check is answered normally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zwgk.catalogue.limits.concurrent-checks=1", "zwgk.catalogue.limits.queue=1"})
class BusyServerTest {

    @LocalServerPort
    int port;

    @Autowired
    CheckGate gate;

    @Test
    void aFullGateIsA503WithRetryAfterAndTheNextCheckAfterItIsAnswered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        Future<String> slot = clients.submit(() -> gate.run("held", () -> {
            running.countDown();
            release.await();
            return "held";
        }));
        Future<String> queued;
        try {
            assertThat(running.await(5, TimeUnit.MINUTES)).as("the slot is taken").isTrue();
            queued = clients.submit(() -> gate.run("queued", () -> "queued"));
            while (gate.waiting() == 0) {
                // Submitted by another thread: wait until it is in the queue, however long that takes.
                assertThat(queued.isDone()).as("the queued check waits").isFalse();
                Thread.sleep(10);
            }

            Http http = new Http("http://localhost:" + port);
            byte[] example = TestFiles.edition(TestFiles.EXAMPLE, Format.JSON);
            Http.Answer api = http.post("/api/v1/checks", Map.of("file", new Http.FilePart("county.json", example)));
            assertThat(api.status().value()).isEqualTo(503);
            assertThat(api.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(api.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = new ObjectMapper().readTree(api.body());
            assertThat(problem.get("id").asText()).isEqualTo("service.busy");
            assertThat(problem.get("status").asInt()).isEqualTo(503);

            Http.Answer form = http.postCheckForm(Map.of("file", new Http.FilePart("county.json", example)), "en");
            assertThat(form.status().value()).isEqualTo(503);
            assertThat(form.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(Jsoup.parse(form.text()).selectFirst(".problem-id").text()).isEqualTo("service.busy");
        } finally {
            release.countDown();
            clients.shutdown();
        }
        assertThat(slot.get(5, TimeUnit.MINUTES)).isEqualTo("held");
        assertThat(queued.get(5, TimeUnit.MINUTES)).isEqualTo("queued");
        answeredNormally();
    }

    private void answeredNormally() throws IOException {
        Http.Answer a = new Http("http://localhost:" + port).post("/api/v1/checks", Map.of("file",
                new Http.FilePart("county.json", TestFiles.edition(TestFiles.EXAMPLE, Format.JSON)), "asOf",
                TestFiles.AS_OF));
        assertThat(a.status().value()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(a.body()).at("/summary/score/value").isInt()).isTrue();
    }
}
