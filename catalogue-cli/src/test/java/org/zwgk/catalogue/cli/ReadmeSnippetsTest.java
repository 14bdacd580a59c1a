package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;

/**
 * Every Java snippet in README.md compiles and runs as written, so the README can never lie: each is a whole
 * program (imports, a public class, a main method), compiled by javac against the library's jars and run by java
 * on a county workbook named as its first argument, as a user would.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @TempDir
    static Path dir;

    static List<String> snippets() throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theReadmeHasAJavaQuickStart() throws Exception {
        assertThat(snippets()).isNotEmpty().anySatisfy(s -> assertThat(s).contains("CheckRun", "import "));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompilesAndRuns() throws Exception {
        Path county = dir.resolve("county.xlsx");
        try (OutputStream out = Files.newOutputStream(county)) {
            CatalogueWriter.write(Editions.byId("sample-county-shortfalls").orElseThrow(), Format.XLSX, out);
        }
        return snippets().stream().map(source -> {
            Matcher name = CLASS.matcher(source);
            assertThat(name.find()).as("a README snippet declares a public class:%n%s", source).isTrue();
            return DynamicTest.dynamicTest(name.group(1), () -> run(name.group(1), source, county));
        });
    }

    private static void run(String className, String source, Path county) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src-" + className)).resolve(className + ".java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes-" + className));
        String libraries = String.join(File.pathSeparator, Stream.of(System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path", "")).filter(s -> !s.isBlank()).toList());
        String javac = exec(List.of(tool("javac"), "-encoding", "UTF-8", "-proc:none", "-classpath", libraries,
                "-d", classes.toString(), src.toString()), 0);
        assertThat(javac).as("javac of %s", className).doesNotContain("error:");
        String printed = exec(List.of(tool("java"), "-Dstdout.encoding=UTF-8", "-classpath",
                classes + File.pathSeparator + libraries, className, county.toString()), -1);
        assertThat(printed).as("what %s printed", className).isNotBlank().doesNotContain("Exception");
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Runs a command to its end; {@code expectedExit} −1 accepts any exit code. Returns stdout and stderr. */
    private static String exec(List<String> command, int expectedExit) throws Exception {
        Path log = Files.createTempFile(dir, "exec", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s ended", command.get(0)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (expectedExit >= 0) {
            assertThat(p.exitValue()).as(output).isEqualTo(expectedExit);
        }
        return output;
    }
}
