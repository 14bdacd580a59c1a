package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;

/**
 * A report names the input as the user gave it and nothing more: a relative path stays relative, and no absolute
 * path, user home or temporary directory leaks into any report format (a report is often published).
 */
class ReportPathTest {

    /** Relative to the working directory (the module), as a user in a shell would type it. */
    private static final Path RELATIVE = Path.of("target", "report-path-test", "县级", "county.csv");

    @BeforeEach
    void writeInput() throws Exception {
        Files.createDirectories(RELATIVE.getParent());
        try (OutputStream out = Files.newOutputStream(RELATIVE)) {
            CatalogueWriter.write(Editions.byId("sample-county-shortfalls").orElseThrow(), Format.CSV, out);
        }
    }

    @AfterEach
    void removeInput() throws Exception {
        try (Stream<Path> files = Files.walk(RELATIVE.getParent().getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "sarif", "html", "junit", "csv"})
    void reportsNameOnlyThePathTheUserGave(String format) {
        CliRun run = CliRun.of("check", RELATIVE.toString(), "--as-of", "2026-06-30", "--format", format);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String report = run.out();
        assertThat(report).contains(RELATIVE.getFileName().toString());
        assertThat(report).doesNotContain(Path.of("").toAbsolutePath().toString())
                .doesNotContain(System.getProperty("user.home") + "/")
                .doesNotContain(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath() + "/");
        if (!format.equals("sarif")) {
            assertThat(report).contains(RELATIVE.toString().replace('\\', '/'));
        }
    }
}
