package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers need no ICU4J (15 MB of an application's 40): a traditional table is simplified by the model's table
 * of ICU's transform. A JVM is started with the test class path minus the ICU jar, and reads the traditional twin
 * of the county catalogue in simplified characters, without a problem.
 */
class WithoutIcuTest {

    @Test
    void aTraditionalTableIsSimplifiedWithoutIcu(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("county.csv");
        Files.write(csv, CsvReadingTest.resource("county-catalogue-traditional.csv"));
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("icu4j"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).isNotEqualTo(System.getProperty("java.class.path"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = dir.resolve("probe.err");
        Process process = new ProcessBuilder(java, "-cp", classPath, WithoutIcuProbe.class.getName(), csv.toString())
                .redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String diagnostics = output + Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(diagnostics).isZero();

        ReadResult simplified = CsvReadingTest.read(CsvReadingTest.resource("county-catalogue.csv"), "county.csv");
        assertThat(output.lines()).as(diagnostics).containsExactly("icu false",
                "categories " + simplified.catalogue().categoryCount(),
                "first " + simplified.catalogue().categories().get(0).name());
    }
}
