package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.json.CatalogueJson;

/** Many threads asking at once see one registry, one national edition and the same answers. */
class ConcurrentAccessTest {

    private record Seen(LegalRegistry registry, Object national, String nationalJson, String resolution,
            List<EditionInfo> list) {
    }

    @Test
    void manyThreadsSeeTheSameInstancesAndTheSameResults() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Seen>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Seen> task = () -> {
                    start.await();
                    LegalRegistry r = LegalRegistry.bundled();
                    return new Seen(r, Editions.national(), CatalogueJson.write(Editions.national()),
                            r.resolve("《中华人民共和国固体废 、物污染环境防治法》").toString()
                                    + r.resolve("国务院令第492号").matchedVersion(),
                            Editions.list());
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            Set<LegalRegistry> registries = new HashSet<>();
            Set<Object> nationals = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Set<String> jsons = new HashSet<>();
            Set<String> resolutions = new HashSet<>();
            Set<List<EditionInfo>> lists = new HashSet<>();
            for (Future<Seen> f : futures) {
                Seen s = f.get();
                registries.add(s.registry());
                nationals.add(s.national());
                jsons.add(s.nationalJson());
                resolutions.add(s.resolution());
                lists.add(s.list());
            }
            assertThat(registries).hasSize(1);
            assertThat(nationals).hasSize(1);
            assertThat(jsons).hasSize(1);
            assertThat(resolutions).hasSize(1);
            assertThat(lists).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
