package org.zwgk.catalogue.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a run lasts, two ways: the peak usage of the heap pools (reset at the start; their sum is
 * an upper bound, as pools peak at different moments, and it grows with -Xmx) and, from the collectors'
 * notifications, the most heap still in use after a collection: what the run really kept alive.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private final long start;

    /** Collects what came before, resets the peaks and starts listening. */
    HeapWatch() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        start = System.nanoTime();
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).map(Map.Entry::getValue)
                .mapToLong(MemoryUsage::getUsed).sum();
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    /**
     * True once a collection left at least 98% of the maximum heap in use: the run no longer fits, and would
     * only thrash in full collections for minutes before its OutOfMemoryError.
     */
    boolean exhausted() {
        return maxAfterGc.get() >= Runtime.getRuntime().maxMemory() * 0.98;
    }

    /**
     * Stops watching and stores {@code peak.<run>.mb}, {@code .live.mb} (most heap in use after a collection),
     * {@code .ms}, {@code .outcome} and {@code .xmx.mb} in {@code file}.
     */
    void store(String run, String outcome, Path file) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        close();
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Properties out = new Properties();
        String p = "peak." + run + ".";
        out.setProperty(p + "mb", mb(peak));
        out.setProperty(p + "live.mb", mb(maxAfterGc.get()));
        out.setProperty(p + "ms", Long.toString(millis));
        out.setProperty(p + "outcome", outcome);
        out.setProperty(p + "xmx.mb", Long.toString(Runtime.getRuntime().maxMemory() / 1024 / 1024));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                out.store(w, "zwgk-catalogue catalogue-bench heap watch");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(run + ": peak heap " + out.getProperty(p + "mb") + " MB, live after GC "
                + out.getProperty(p + "live.mb") + " MB, " + millis + " ms, " + outcome);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already removed: store() closes, and so may a try-with-resources after it.
            }
        }
    }
}
