package org.zwgk.catalogue.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.zwgk.catalogue.bench.generate.LocalityGenerator;
import org.zwgk.catalogue.bench.generate.NationalLayoutWorkbook;
import org.zwgk.catalogue.bench.generate.PublishedDocuments;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.rules.Checker;

/**
 * The benchmarks' inputs, generated once into a directory and reused by every fork: the canonical JSON of one
 * county catalogue, county workbooks of 25, 1,000 and 100,000 rows, and the 3,000 catalogues of the batch. The
 * directory is {@code $ZWGK_BENCH_FIXTURES}, else {@code zwgk-bench-fixtures-<seed>} in the temporary directory
 * (an environment variable, because JMH's forks inherit the environment but not the runner's properties). Each
 * fixture is written aside and moved into place, so a fork never sees half a file. {@link #main} generates them
 * all ahead of the benchmarks, in a JVM with heap to spare, so that no measured fork pays for it.
 */
public final class Fixtures {

    /** The check date: fixed, so that which instruments are in force never changes between runs. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** The workbook sizes of check-xlsx. */
    public static final List<Integer> XLSX_ROWS = List.of(25, 1_000, 100_000);
    /** The generated catalogue used by check-json: a county catalogue (index 1,000 of the batch). */
    static final int JSON_INDEX = 1_000;

    private Fixtures() {
    }

    /** The checker every benchmark uses: the national edition, checked on {@link #AS_OF}. */
    public static Checker checker() {
        return Checker.against(Editions.national()).asOf(AS_OF).build();
    }

    /** The directory holding the fixtures. */
    public static Path dir() {
        String env = System.getenv("ZWGK_BENCH_FIXTURES");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("java.io.tmpdir"), "zwgk-bench-fixtures-" + LocalityGenerator.SEED);
    }

    /** The canonical JSON of one generated county catalogue. */
    public static Path json() {
        Path file = dir().resolve("county-" + JSON_INDEX + ".json");
        return ensure(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                CatalogueWriter.write(LocalityGenerator.standard().generate(JSON_INDEX), Format.JSON, out);
            }
        });
    }

    /** A county workbook of {@code rows} categories in the national layout. */
    public static Path xlsx(int rows) {
        Path file = dir().resolve("county-" + rows + "-rows.xlsx");
        return ensure(file, tmp -> NationalLayoutWorkbook.write(tmp, LocalityGenerator.workbookTitle(rows),
                LocalityGenerator.standard().workbookRows(rows)));
    }

    /** The rows of the published-document benchmarks. */
    public static final int DOCUMENT_ROWS = 1_000;

    /** A county catalogue of {@link #DOCUMENT_ROWS} categories published as a Word table. */
    public static Path docx() {
        return ensure(dir().resolve("county-" + DOCUMENT_ROWS + "-rows.docx"), tmp -> PublishedDocuments.docx(tmp,
                LocalityGenerator.workbookTitle(DOCUMENT_ROWS), documentTable()));
    }

    /** The same catalogue exported from Word as a PDF (landscape, header on every page). */
    public static Path pdf() {
        return ensure(dir().resolve("county-" + DOCUMENT_ROWS + "-rows.pdf"), tmp -> PublishedDocuments.pdf(tmp,
                LocalityGenerator.workbookTitle(DOCUMENT_ROWS), documentTable()));
    }

    private static List<List<String>> documentTable() throws IOException {
        return PublishedDocuments.table(LocalityGenerator.workbookTitle(DOCUMENT_ROWS),
                LocalityGenerator.standard().workbookRows(DOCUMENT_ROWS));
    }

    /** The 3,000 generated catalogues, in index order. */
    public static List<Path> batch() {
        Path batch = ensure(dir().resolve("batch"), tmp -> LocalityGenerator.standard().writeAll(tmp));
        try (Stream<Path> files = Files.list(batch)) {
            // Municipal catalogues first, then county ones, each by index: the generator's order.
            return files.sorted((a, b) -> order(a).compareTo(order(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String order(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith("municipal") ? "0" : "1") + name;
    }

    /** Writes what the benchmarks need ahead of them and prints where. */
    public static void main(String[] args) {
        System.out.println("fixtures in " + dir());
        System.out.println(json());
        XLSX_ROWS.forEach(rows -> System.out.println(xlsx(rows)));
        System.out.println(docx());
        if (Files.isRegularFile(PublishedDocuments.FONT)) {
            System.out.println(pdf());
        } else {
            System.out.println("no PDF fixture: install fonts-wqy-zenhei for " + PublishedDocuments.FONT);
        }
        System.out.println(batch().size() + " catalogues in " + dir().resolve("batch"));
    }

    /** How a fixture is written, into the path it is given. */
    @FunctionalInterface
    private interface Writing {
        void write(Path into) throws IOException;
    }

    private static Path ensure(Path target, Writing writing) {
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            writing.write(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fixture " + target, e);
        }
    }
}
