package org.zwgk.catalogue.server.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The result store: unguessable ids, gone after the retention, never more than its size in all. */
class ResultStoreTest {

    private final AtomicLong nanos = new AtomicLong();

    private ResultStore store(Duration retention, DataSize size) {
        return new ResultStore(new ResultSettings(retention, size), nanos::get);
    }

    private static ResultStore.File file(String key, int bytes) {
        return new ResultStore.File(key, "label", "report." + key, "application/json", new byte[bytes]);
    }

    @Test
    void aResultIsKeptUnderAnUnguessableIdUntilItsRetentionEnds() {
        ResultStore store = store(Duration.ofMinutes(15), DataSize.ofMegabytes(1));
        String id = store.put(List.of(file("json", 10), file("xlsx", 20))).orElseThrow();
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(store.get(id, "xlsx")).get().extracting(f -> f.bytes().length).isEqualTo(20);
        assertThat(store.get(id, "sarif")).as("a download it does not have").isEmpty();
        // Another id of the same shape: the first character changed, whatever it was.
        String other = (id.charAt(0) == 'A' ? "B" : "A") + id.substring(1);
        assertThat(store.get(other, "xlsx")).as("another id").isEmpty();

        nanos.addAndGet(Duration.ofMinutes(15).minusSeconds(1).toNanos());
        assertThat(store.get(id, "json")).isPresent();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(store.get(id, "json")).as("expired").isEmpty();
    }

    @Test
    void idsDoNotRepeat() {
        ResultStore store = store(Duration.ofMinutes(15), DataSize.ofMegabytes(1));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(store.put(List.of(file("json", 1))).orElseThrow());
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void aResultThatDoesNotFitIsNotKeptAndNoKeptResultIsDroppedForIt() {
        ResultStore store = store(Duration.ofMinutes(15), DataSize.ofKilobytes(100));
        assertThat(store.put(List.of(file("json", 60_000), file("xlsx", 60_000)))).as("alone too large").isEmpty();

        List<String> kept = List.of(store.put(List.of(file("json", 30_000))).orElseThrow(),
                store.put(List.of(file("json", 30_000))).orElseThrow(),
                store.put(List.of(file("json", 30_000))).orElseThrow());
        assertThat(store.put(List.of(file("json", 30_000)))).as("no room beside three").isEmpty();
        assertThat(kept).allSatisfy(id -> assertThat(store.get(id, "json")).isPresent());
        assertThat(store.put(List.of(file("json", 10_000)))).as("what still fits").isPresent();

        nanos.addAndGet(Duration.ofMinutes(16).toNanos());
        assertThat(store.put(List.of(file("json", 90_000)))).as("room again once the others expired").isPresent();
    }
}
