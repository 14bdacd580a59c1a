package org.zwgk.catalogue.spring.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.zwgk.catalogue.spring.CatalogueProperties;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;

/**
 * At most {@code slots} checks at once, at most {@code queue} waiting; a check that finds both full is refused at
 * once (503), and one that runs longer than the time limit is abandoned (422 {@code check.time-limit}). A check
 * keeps its slot until it really ends, so an abandoned check still counts against the bound: the JVM's memory is
 * never shared by more checks than the slots.
 */
public final class CheckGate implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeLimit;

    public CheckGate(int slots, int queue, Duration timeLimit) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(slots, slots, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "zwgk-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.timeLimit = timeLimit;
    }

    /** The gate the limits ask for ({@code zwgk.catalogue.limits.*}). */
    public static CheckGate of(CatalogueProperties.Limits limits) {
        return new CheckGate(limits.effectiveConcurrentChecks(), limits.effectiveQueue(), limits.checkTime());
    }

    /** Runs {@code check} in a slot and waits for it within the time limit. */
    public <T> T run(String inputName, Callable<T> check) {
        Future<T> future;
        try {
            future = pool.submit(check);
        } catch (RejectedExecutionException e) {
            throw new CheckRefusedException(Reason.BUSY, ServiceMessages.problem("service.busy", inputName,
                    pool.getMaximumPoolSize(), pool.getQueue().size()));
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new CheckRefusedException(Reason.UNREADABLE, ServiceMessages.problem("check.time-limit", inputName,
                    timeLimit.toSeconds()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a check", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Checks running now. */
    public int running() {
        return pool.getActiveCount();
    }

    /** Checks waiting now. */
    public int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
