package org.zwgk.catalogue.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A fixed pool of one thread per core, made once per benchmark trial and shared by the batch and its floor, so
 * that both pay the same for parallelism and JMH's GC profiler sees the workers' allocations (threads that
 * live only inside an operation would escape its per-thread accounting).
 */
public final class Parallel implements AutoCloseable {

    private final ExecutorService pool;

    /** A pool of {@code threads} daemon threads. */
    public Parallel(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zwgk-bench");
            t.setDaemon(true);
            return t;
        });
    }

    /** Applies {@code work} to every file on the pool; the results in the order of {@code files}. */
    public <T> List<T> map(List<Path> files, Function<Path, T> work) {
        List<Future<T>> futures = new ArrayList<>(files.size());
        for (Path file : files) {
            futures.add(pool.submit(() -> work.apply(file)));
        }
        List<T> results = new ArrayList<>(files.size());
        try {
            for (Future<T> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
