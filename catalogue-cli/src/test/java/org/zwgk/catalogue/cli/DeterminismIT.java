package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;

/**
 * The same input gives the same report bytes whatever the JVM's locale and zone: the real command line in child
 * JVMs under Turkish (whose dotted and dotless i break naive case mapping) in Pacific/Kiritimati (UTC+14, often
 * already tomorrow) and under US English in UTC, on an .xlsx input (so the reader's number formatting is
 * included), for the json, sarif and html reports. The report's own language is fixed with {@code --lang}.
 */
class DeterminismIT {

    private static final Path JAR = Path.of("target", "catalogue-cli.jar");
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    static Path dir;

    private static Path input;

    @BeforeAll
    static void writeInput() throws Exception {
        assertThat(JAR).as("run through mvn verify, which builds the shaded jar first").exists();
        input = dir.resolve("county.xlsx");
        try (OutputStream out = Files.newOutputStream(input)) {
            CatalogueWriter.write(Editions.byId("sample-county-shortfalls").orElseThrow(), Format.XLSX, out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "sarif", "html"})
    void theReportIsByteIdenticalUnderTurkishAndUsLocalesAndAnyZone(String format) throws Exception {
        byte[] turkish = report(format, "tr", "TR", "Pacific/Kiritimati");
        byte[] american = report(format, "en", "US", "UTC");
        assertThat(turkish).isNotEmpty();
        assertThat(new String(turkish, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(american, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(turkish).isEqualTo(american);
    }

    private static byte[] report(String format, String language, String country, String zone) throws Exception {
        Path out = dir.resolve(format + "-" + language + "." + format);
        Path log = dir.resolve(format + "-" + language + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + zone,
                "-jar", JAR.toAbsolutePath().toString(), "check", input.getFileName().toString(), "--as-of", "2026-06-30",
                "--lang", "zh", "--format", format, "-o", out.toString()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertThat(ended).as(Files.readString(log)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(1);
        assertThat(out).as(Files.readString(log)).exists();
        return Files.readAllBytes(out);
    }
}
