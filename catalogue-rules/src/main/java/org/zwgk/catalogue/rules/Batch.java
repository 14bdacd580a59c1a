package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.RuleMessages;
import org.zwgk.catalogue.rules.internal.Sha256;

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

    /** The file extensions a directory is searched for. */
    public static final List<String> EXTENSIONS = List.of("xlsx", "xls", "csv", "json", "html", "htm");

    private Batch() {
    }

    /**
     * The files these paths name: a file as itself, a directory as every catalogue-like file beneath it (by
     * {@link #EXTENSIONS}, skipping hidden files and Excel's {@code ~$} lock files). Sorted by path, no duplicates;
     * a path that does not exist is kept, so that checking it reports it.
     */
    public static List<Path> collect(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Batch::looksLikeCatalogue).forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Batch::sortKey));
        return sorted;
    }

    private static String sortKey(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static boolean looksLikeCatalogue(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads and checks {@code files} on {@code threads} threads. {@code progress} is told of each item as it
     * completes, from the worker threads. The result is in the order of {@code files}.
     */
    public static List<BatchItem> check(Checker checker, List<Path> files, int threads, Consumer<BatchItem> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "zwgk-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BatchItem>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    BatchItem item = checkOne(checker, file);
                    progress.accept(item);
                    return item;
                }));
            }
            List<BatchItem> items = new ArrayList<>();
            for (Future<BatchItem> f : futures) {
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

    /** Reads and checks one file within {@code limits}. */
    public static BatchItem checkOne(Checker checker, Path file, ReadLimits limits) {
        String name = file.toString();
        byte[] bytes;
        try {
            // One stat for both questions.
            BasicFileAttributes attributes = attributes(file);
            if (attributes == null || !attributes.isRegularFile()) {
                return new BatchItem(name, Optional.empty(), Optional.of(RuleMessages.problem("batch.missing",
                        SourceLocation.ofFile(name), name)));
            }
            if (attributes.size() > limits.maxFileBytes()) {
                // Refused by its size alone, before a byte of it is held in memory.
                CatalogueReader.read(file, limits);
            }
            bytes = Files.readAllBytes(file);
        } catch (UnreadableInputException e) {
            return new BatchItem(name, Optional.empty(), Optional.of(e.problem()));
        } catch (IOException e) {
            return new BatchItem(name, Optional.empty(), Optional.of(RuleMessages.problem("batch.unreadable",
                    SourceLocation.ofFile(name), name, e.getClass().getSimpleName())));
        }
        try {
            // The bytes are hashed and read in place: a copy would double the memory a large file takes.
            ReadResult read = CatalogueReader.read(bytes, name, limits);
            return new BatchItem(name, Optional.of(checker.check(CheckInput.of(read, name, Sha256.hex(bytes)))),
                    Optional.empty());
        } catch (UnreadableInputException e) {
            return new BatchItem(name, Optional.empty(), Optional.of(e.problem()));
        }
    }

    /** The file's attributes, following links as {@code Files.isRegularFile} does; null when it cannot be read. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
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
