package org.zwgk.catalogue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a JVM's CPU went between two moments, by thread group, from Linux's {@code /proc/<pid>/task/<tid>/stat}
 * (user and system ticks of each thread, and of the process as a whole): the JIT compilers, the garbage collector,
 * Tomcat's threads, the check service's gate and the threads that ended in between (a review re-check's workers;
 * a check run with several threads). JFR's execution samples see only Java code; this sees compilation, GC and the
 * kernel's socket work too. Empty where there is no {@code /proc}.
 */
final class ThreadCpu {

    /** Seconds per clock tick: Linux reports {@code stat} times in USER_HZ, 100 on every architecture Java runs on. */
    private static final double TICK = 0.01;

    /** One thread's name and its user and system ticks so far. */
    private record Ticks(String name, long user, long system) {
    }

    /** One moment: each live thread's ticks, and the process's. */
    record Snapshot(Map<String, Ticks> threads, Ticks process) {
    }

    private ThreadCpu() {
    }

    /** The ticks of process {@code pid} and of each of its threads now; empty where {@code /proc} is not there. */
    static Optional<Snapshot> take(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Map<String, Ticks> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
            for (Path t : tasks) {
                read(t).ifPresent(ticks -> threads.put(t.getFileName().toString(), ticks));
            }
            return read(dir).map(p -> new Snapshot(threads, p));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * CPU seconds from {@code before} to {@code after} by thread group, system (kernel) seconds in brackets, e.g.
     * {@code JIT 3.1 s (0.1), GC and VM thread 0.4 s (0.0), …}; "" when either is missing.
     */
    static String between(Optional<Snapshot> before, Optional<Snapshot> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        return byGroup(before.get(), after.get()).entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] != 0)
                .map(e -> String.format(Locale.ROOT, "%s %.1f s (%.1f)", e.getKey(),
                        (e.getValue()[0] + e.getValue()[1]) * TICK, e.getValue()[1] * TICK))
                .collect(Collectors.joining(", "));
    }

    /** The JIT compilers' CPU seconds from {@code before} to {@code after}; NaN when either is missing. */
    static double jitSeconds(Optional<Snapshot> before, Optional<Snapshot> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Double.NaN;
        }
        long[] jit = byGroup(before.get(), after.get()).get("JIT");
        return (jit[0] + jit[1]) * TICK;
    }

    /** User and system ticks from {@code before} to {@code after} by thread group, in a fixed order. */
    private static Map<String, long[]> byGroup(Snapshot before, Snapshot after) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (String g : List.of("JIT", "GC and VM thread", "Tomcat threads", "gate threads", "other live threads")) {
            groups.put(g, new long[2]);
        }
        long[] live = new long[2];
        after.threads.forEach((tid, t) -> {
            Ticks b = before.threads.getOrDefault(tid, new Ticks(t.name, 0, 0));
            long[] g = groups.get(group(t.name()));
            g[0] += t.user - b.user;
            g[1] += t.system - b.system;
            live[0] += t.user - b.user;
            live[1] += t.system - b.system;
        });
        // Threads that ended in between (a re-check's workers) are only in the process's total.
        groups.put("threads that ended", new long[] {after.process.user - before.process.user - live[0],
                after.process.system - before.process.system - live[1]});
        return groups;
    }

    private static String group(String name) {
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return "JIT";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC and VM thread";
        }
        if (name.startsWith("http-nio-")) {
            return "Tomcat threads";
        }
        if (name.startsWith("zwgk-check")) {
            return "gate threads";
        }
        return "other live threads";
    }

    /** A {@code stat} file's thread or process name and its utime and stime (fields 14 and 15). */
    private static Optional<Ticks> read(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8);
            String name = Files.readString(dir.resolve("comm"), StandardCharsets.UTF_8).strip();
            // The name in the stat line may hold spaces and parentheses: the fields start after the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Ticks(name, Long.parseLong(f[11]), Long.parseLong(f[12])));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
