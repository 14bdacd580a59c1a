package org.zwgk.catalogue.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.spring.CheckRefusedException;

class CheckGateTest {

    @Test
    void whenEverySlotAndQueuePlaceIsTakenTheNextCheckIsRefusedAsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (CheckGate gate = new CheckGate(1, 1, Duration.ofMinutes(5))) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run("a", () -> {
                running.countDown();
                release.await();
                return "a";
            }));
            assertThat(running.await(1, TimeUnit.MINUTES)).isTrue();
            CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> gate.run("b", () -> "b"));
            while (gate.waiting() == 0) {
                Thread.sleep(10);
            }
            assertThatThrownBy(() -> gate.run("c", () -> "c")).isInstanceOfSatisfying(CheckRefusedException.class,
                    e -> {
                        assertThat(e.reason()).isEqualTo(CheckRefusedException.Reason.BUSY);
                        assertThat(e.reason().status()).isEqualTo(503);
                        assertThat(e.problem().messageId()).isEqualTo("service.busy");
                    });
            release.countDown();
            assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo("a");
            assertThat(queued.get(1, TimeUnit.MINUTES)).isEqualTo("b");
            assertThat(gate.run("d", () -> "d")).isEqualTo("d");
        }
    }

    @Test
    void aCheckOverItsTimeLimitIsAbandonedWithItsProblem() {
        try (CheckGate gate = new CheckGate(1, 1, Duration.ofMillis(50))) {
            assertThatThrownBy(() -> gate.run("slow.xlsx", () -> {
                Thread.sleep(60_000);
                return "never";
            })).isInstanceOfSatisfying(CheckRefusedException.class, e -> {
                assertThat(e.reason().status()).isEqualTo(422);
                assertThat(e.problem().messageId()).isEqualTo("check.time-limit");
                assertThat(e.problem().location().file()).isEqualTo("slow.xlsx");
            });
        }
    }
}
