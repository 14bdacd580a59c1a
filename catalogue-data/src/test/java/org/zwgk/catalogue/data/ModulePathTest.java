package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where any class loader finds any resource. On the module path a resource in a
 * package that is not opened is found only by its own module's classes, and ResourceBundle with a custom Control
 * is not supported at all: schema, messages, editions and registry all failed to load there. This test starts a
 * JVM with catalogue-model and catalogue-data as named modules and checks that each loads.
 */
class ModulePathTest {

    /** Runtime dependencies of the two modules, by file name: Jackson's streaming core, not its databind. */
    private static final List<String> RUNTIME = List.of("catalogue-model", "catalogue-data",
            "jackson-core", "caffeine", "hibernate-validator", "jakarta.validation-api", "jboss-logging",
            "classmate", "expressly", "jakarta.el-api");

    @Test
    void bothModulesLoadTheirResourcesOnTheModulePath() throws IOException, InterruptedException {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).toString().replace('\\', '/');
            if (name.endsWith("catalogue-data/target/test-classes")) {
                classPath.add(entry);
            } else if (!name.contains("test-classes") && RUNTIME.stream().anyMatch(name::contains)) {
                modulePath.add(entry);
            }
        }
        assertThat(modulePath).as("runtime entries found on the test class path").hasSize(RUNTIME.size());
        assertThat(classPath).hasSize(1);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = Files.createTempFile("module-path-probe", ".err");
        Process process = new ProcessBuilder(java, "-Duser.language=en",
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.zwgk.catalogue.data",
                "-cp", String.join(File.pathSeparator, classPath),
                "org.zwgk.catalogue.modulepath.ModulePathProbe")
                .redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String diagnostics = output + Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(diagnostics).isZero();
        assertThat(output.lines()).as(diagnostics).containsExactly(
                        "module org.zwgk.catalogue.model",
                        "schema true",
                        "problem The top level of the JSON must be an object",
                        "national 9",
                        "registry 52",
                        "overlay A registry overlay is a JSON object with version and instruments",
                        "violation No channel (公开渠道和载体) is selected");
    }
}
