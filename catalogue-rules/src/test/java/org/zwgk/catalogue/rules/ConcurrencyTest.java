package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;

/** One checker, many children, many threads: every report equals the sequential one, byte for byte. */
class ConcurrencyTest {

    @Test
    void concurrentChecksGiveTheSequentialReports() throws Exception {
        Checker checker = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build();
        List<String> names = Fixtures.NAMES;
        List<CheckInput> inputs = names.stream().map(Fixtures::input).toList();
        List<String> sequential = inputs.stream()
                .map(i -> Fixtures.render(checker.check(i), "json", Locale.SIMPLIFIED_CHINESE)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (CheckInput input : inputs) {
                    futures.add(pool.submit(() -> Fixtures.render(checker.check(input), "json",
                            Locale.SIMPLIFIED_CHINESE)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
