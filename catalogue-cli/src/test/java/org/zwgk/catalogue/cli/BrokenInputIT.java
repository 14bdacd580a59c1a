package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real command line, in a JVM with a 256 MB heap, on every broken or hostile input of {@link BrokenInputs}:
 * each ends within the hang guard with exit code 2, names its expected problem id, and prints no stack trace.
 * Runs in {@code mvn verify} (failsafe), after the shaded jar is built.
 */
class BrokenInputIT {

    /** Generous: each case takes a second or two; only a hang or a runaway read reaches this. */
    private static final long HANG_GUARD_SECONDS = 120;
    private static final Path JAR = Path.of("target", "catalogue-cli.jar");

    @TempDir
    static Path dir;

    @BeforeAll
    static void jarIsBuilt() {
        assertThat(JAR).as("run through mvn verify, which builds the shaded jar first").exists();
    }

    static Stream<BrokenInputs.Broken> brokenInputs() {
        return BrokenInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void everyBrokenInputEndsWithExitCode2AndItsProblemIdWithoutAStackTrace(BrokenInputs.Broken broken)
            throws Exception {
        Path file = dir.resolve(broken.name());
        broken.write().to(file);
        Path out = dir.resolve(broken.name() + ".out");
        Path err = dir.resolve(broken.name() + ".err");
        Process p = new ProcessBuilder(java(), "-Xmx256m", "-jar", JAR.toString(), "check", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String output = read(out) + read(err);
        assertThat(ended).as("ended within %s s; output: %s", HANG_GUARD_SECONDS, output).isTrue();
        // 2 only when nothing could be checked; a file read with problems is checked, and fails on its findings.
        assertThat(p.exitValue()).as(output).isEqualTo(broken.readable() ? 1 : 2);
        if (!broken.readable()) {
            assertThat(read(out)).as("stdout when nothing was checked").isEmpty();
        }
        assertThat(output).contains("[" + broken.expectedId() + "]").contains(broken.name())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("OutOfMemoryError")
                .doesNotContain("[Fatal Error]");
        Files.deleteIfExists(file);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

}
