package org.zwgk.catalogue.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.zwgk.catalogue.cli.Main;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;

/**
 * Files the server tests upload, made in the test from the bundled editions (the seeds' rows), and the command
 * line run in-process to compare with.
 */
public final class TestFiles {

    /** The check date every test uses, so that reports do not move with the calendar. */
    public static final String AS_OF = "2026-06-30";

    /** The bundled example the command line checks when given no file. */
    public static final String EXAMPLE = "sample-county-shortfalls";

    private TestFiles() {
    }

    /** A bundled edition written in {@code format} (json is the canonical JSON). */
    public static byte[] edition(String id, Format format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CatalogueWriter.write(Editions.byId(id).orElseThrow(), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .zip holding {@code entries} (name → bytes), in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three catalogues of the same county's kind, as a bureau would collect them. */
    public static byte[] batchZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("县/conforming.xlsx", edition("sample-county-conforming", Format.XLSX));
        entries.put("县/shortfalls.csv", edition(EXAMPLE, Format.CSV));
        entries.put("县/broken.csv", new byte[0]);
        return zip(entries);
    }

    /**
     * The command line's {@code check FILE --format json --as-of AS_OF ARGS} for {@code bytes} saved as
     * {@code name} under {@code dir}, with the file's path written as {@code name}: what the server must answer.
     */
    public static String cliJson(Path dir, String name, byte[] bytes, String... args) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<String> argv = new ArrayList<>(List.of("check", file.toString(), "--format", "json", "--as-of", AS_OF,
                "--fail-on", "never"));
        argv.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(argv.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(file.toString(), name);
    }
}
