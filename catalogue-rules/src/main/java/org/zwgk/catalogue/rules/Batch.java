package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.UnreadableInputException;

/**
 * Checks many catalogue files: collects them (recursing into directories), reads and checks them in parallel, and
 * returns the results in a stable order (sorted by path), whatever order the threads finish in.
 *
 * <pre>{@code
 * List<Path> files = Batch.collect(List.of(Path.of("catalogues")));
 * List<BatchItem> items = Batch.check(Checker.against(Editions.national()).build(), files,
 *         Runtime.getRuntime().availableProcessors(), item -> {});
 * }</pre>
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The files these paths name: a file as itself, a directory as every file beneath it in a format the readers
     * take ({@link Format}), skipping hidden files and office lock files. Sorted by path, no duplicates; a path that
     * does not exist is kept, so that checking it reports it.
     */
    public static List<Path> collect(List<Path> paths) throws IOException {
        return walk(paths).files();
    }

    /**
     * What a walk of these paths found: the files to check (as {@link #collect}), every file beneath a directory
     * that was not taken with why, and the directories that held nothing to check.
     */
    public static Walk walk(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted(
                            Comparator.comparing(Batch::sortKey))::iterator) {
                        Optional<String> why = skipReason(f);
                        if (why.isEmpty()) {
                            files.add(f);
                        } else {
                            skipped.add(new SkippedFile(f.toString(), why.get()));
                        }
                    }
                }
                if (files.size() == before) {
                    empty.add(p);
                }
            } else {
                files.add(p);
            }
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Batch::sortKey));
        skipped.sort(Comparator.comparing(f -> f.path().replace('\\', '/')));
        return new Walk(sorted, skipped, empty);
    }

    /**
     * What {@link #walk} found.
     *
     * @param files             the files to check, sorted by path
     * @param skipped           files beneath a directory that are not checked, with why
     * @param emptyDirectories  directories named that held no file to check
     */
    public record Walk(List<Path> files, List<SkippedFile> skipped, List<Path> emptyDirectories) {
        public Walk {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            emptyDirectories = List.copyOf(emptyDirectories);
        }
    }

    private static String sortKey(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static Optional<String> skipReason(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("~$")) {
            return Optional.of("skip.lock-file");
        }
        if (name.startsWith(".")) {
            return Optional.of("skip.hidden");
        }
        int dot = name.lastIndexOf('.');
        boolean readable = dot > 0 && Format.fromName(name.substring(dot + 1)).isPresent();
        return readable ? Optional.empty() : Optional.of("skip.format");
    }

    /**
     * Reads and checks {@code files} on {@code threads} threads. {@code progress} is told of each item as it
     * completes, from the worker threads. The result is in the order of {@code files}.
     */
    public static List<BatchItem> check(Checker checker, List<Path> files, int threads, Consumer<BatchItem> progress) {
        return check(checker, files.stream().map(InputFile::of).toList(), ReadLimits.defaults(), threads, progress);
    }

    /**
     * Reads and checks files or uploads within {@code limits} on {@code threads} threads (on the caller's thread
     * when one would do). {@code progress} is told of each item as it completes, from the thread that checked it.
     * The result is in the order of {@code files}.
     */
    public static List<BatchItem> check(Checker checker, List<InputFile> files, ReadLimits limits, int threads,
            Consumer<BatchItem> progress) {
        return check(checker, files, limits, threads, progress, false).stream().map(Checked::item).toList();
    }

    /**
     * One input read and checked.
     *
     * @param item  its report or failure
     * @param input what was read, when it was asked to be kept and the input could be read
     */
    record Checked(BatchItem item, Optional<CheckInput> input) {
    }

    /** As {@link #check(Checker, List, ReadLimits, int, Consumer)}; {@code keep}: with what was read of each. */
    static List<Checked> check(Checker checker, List<InputFile> files, ReadLimits limits, int threads,
            Consumer<BatchItem> progress, boolean keep) {
        int workers = Math.max(1, Math.min(threads, files.size()));
        if (workers == 1) {
            // A thread started per run cost 0.25-0.35 ms on the 2-core benchmark machine, as much as checking a
            // county catalogue: a front end checking one upload at a time (the server) paid it on every check.
            List<Checked> items = new ArrayList<>();
            for (InputFile file : files) {
                Checked checked = checkOne(checker, file, limits, keep);
                progress.accept(checked.item());
                items.add(checked);
            }
            return items;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "zwgk-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Checked>> futures = new ArrayList<>();
            for (InputFile file : files) {
                futures.add(pool.submit(() -> {
                    Checked checked = checkOne(checker, file, limits, keep);
                    progress.accept(checked.item());
                    return checked;
                }));
            }
            List<Checked> items = new ArrayList<>();
            for (Future<Checked> f : futures) {
                items.add(f.get());
            }
            return items;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads and checks one file within the default read limits. */
    public static BatchItem checkOne(Checker checker, Path file) {
        return checkOne(checker, file, ReadLimits.defaults());
    }

    /** Reads and checks one file within {@code limits}; reports name it by its path as given. */
    public static BatchItem checkOne(Checker checker, Path file, ReadLimits limits) {
        return checkOne(checker, InputFile.of(file), limits);
    }

    /** Reads and checks one file or upload within {@code limits}. */
    public static BatchItem checkOne(Checker checker, InputFile file, ReadLimits limits) {
        return checkOne(checker, file, limits, false).item();
    }

    private static Checked checkOne(Checker checker, InputFile file, ReadLimits limits, boolean keep) {
        try {
            CheckInput input = CheckInput.read(file, limits);
            BatchItem item = new BatchItem(file.displayName(), Optional.of(checker.check(input)), Optional.empty());
            return new Checked(item, keep ? Optional.of(input) : Optional.empty());
        } catch (UnreadableInputException e) {
            return new Checked(new BatchItem(file.displayName(), Optional.empty(), Optional.of(e.problem())),
                    Optional.empty());
        }
    }

    /**
     * A report file name for each input, used by the command line and the Maven plugin alike: its path relative to
     * the directory argument it was found under, or its file name when it was named itself. The input's own
     * extension is kept, so {@code a.csv} and {@code a.xlsx} never collide; a name never has a root or {@code ..}
     * ({@code ..} becomes {@code _}, {@code :} becomes {@code _}); a name used twice gets {@code -2}, {@code -3} …
     */
    public static Map<String, String> reportNames(List<Path> arguments, List<String> inputs) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            String rel = null;
            for (Path arg : arguments) {
                if (p.startsWith(arg) && !p.equals(arg)) {
                    rel = arg.relativize(p).toString();
                    break;
                }
            }
            if (rel == null) {
                rel = p.getFileName() == null ? input : p.getFileName().toString();
            }
            String base = safeName(rel);
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.put(input, name);
        }
        return names;
    }

    private static String safeName(String rel) {
        List<String> parts = new ArrayList<>();
        for (String part : rel.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            parts.add(part.equals("..") ? "_" : part.replace(":", "_"));
        }
        return parts.isEmpty() ? "report" : String.join("/", parts);
    }
}
