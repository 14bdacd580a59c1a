package org.zwgk.catalogue.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.rules.Batch;

class CatalogueCheckTest {

    @TempDir
    Path dir;

    private final List<String> info = new ArrayList<>();
    private final List<String> warn = new ArrayList<>();

    private Path copy(String name, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            Files.copy(in, to);
        }
        return to;
    }

    private CheckOptions options(String failOn, Optional<Integer> minScore, String lang, List<String> formats) {
        return new CheckOptions(List.of(dir.resolve("src/main/catalogue")), "mee-2019-672", Optional.empty(),
                Optional.of("2020-07-01"), Optional.empty(), formats, dir.resolve("target/zwgk-catalogue"), failOn,
                minScore, Optional.empty(), Optional.empty(), List.of(), lang, dir);
    }

    private CatalogueCheck.Outcome run(CheckOptions options) throws Exception {
        return new CatalogueCheck(options, info::add, warn::add).run();
    }

    @Test
    void conformingCatalogueWritesReportsAndPasses() throws Exception {
        copy("sample-county-conforming.json", dir.resolve("src/main/catalogue/county.json"));
        CatalogueCheck.Outcome outcome = run(options("error", Optional.empty(), "en", List.of("html", "json")));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.reports()).singleElement().satisfies(r -> assertThat(r.errors()).isZero());
        assertThat(info).anySatisfy(l -> assertThat(l).startsWith(Path.of("src/main/catalogue/county.json") + ": ")
                .contains("Result: 0 errors").contains("Score: "));
        assertThat(dir.resolve("target/zwgk-catalogue/county.json.html")).isRegularFile();
        assertThat(dir.resolve("target/zwgk-catalogue/county.json.json")).isRegularFile();
        assertThat(dir.resolve("target/zwgk-catalogue/summary.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("target/zwgk-catalogue/index.html"))).contains("county.json.html");
    }

    @Test
    void shortfallsFailOnErrorsNamingTheFileAndTheCounts() throws Exception {
        copy("sample-county-shortfalls.json", dir.resolve("src/main/catalogue/sub/county.json"));
        CatalogueCheck check = new CatalogueCheck(options("error", Optional.empty(), "en", List.of("text")),
                info::add, warn::add);
        CatalogueCheck.Outcome outcome = check.run();
        assertThat(outcome.passed()).isFalse();
        int errors = outcome.reports().get(0).errors();
        assertThat(errors).isPositive();
        assertThat(check.failureMessage(outcome)).contains(Path.of("src/main/catalogue/sub/county.json") + ": "
                + errors + " errors").contains("failOn=error");
        // The report keeps the path below the directory argument.
        assertThat(dir.resolve("target/zwgk-catalogue/sub/county.json.txt")).exists();
    }

    @Test
    void failOnNeverPassesButMinScoreStillGates() throws Exception {
        copy("sample-county-shortfalls.json", dir.resolve("src/main/catalogue/county.json"));
        assertThat(run(options("never", Optional.empty(), "en", List.of("json"))).passed()).isTrue();
        CatalogueCheck.Outcome gated = run(options("never", Optional.of(100), "en", List.of("json")));
        assertThat(gated.failures()).singleElement().asString().contains("is below minScore 100");
    }

    @Test
    void chineseByDefault() throws Exception {
        copy("sample-county-shortfalls.json", dir.resolve("src/main/catalogue/county.json"));
        CatalogueCheck check = new CatalogueCheck(options("warning", Optional.empty(), "zh", List.of("json")),
                info::add, warn::add);
        assertThat(check.failureMessage(check.run())).contains("目录不符合要求").contains("错误");
        assertThat(info).anySatisfy(l -> assertThat(l).contains("结果：错误"));
    }

    @Test
    void badParametersAreLocalizedMessages() throws Exception {
        copy("sample-county-conforming.json", dir.resolve("src/main/catalogue/county.json"));
        assertThatThrownBy(() -> run(options("sometimes", Optional.empty(), "en", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("Unknown failOn \"sometimes\"");
        assertThatThrownBy(() -> run(options("error", Optional.empty(), "en", List.of("pdf"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("Unknown report format \"pdf\"");
        assertThatThrownBy(() -> run(options("error", Optional.of(101), "en", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> run(options("error", Optional.empty(), "fr", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("Unknown lang \"fr\"")
                .hasMessageContaining("未知的 lang");
        CheckOptions badParent = new CheckOptions(List.of(dir.resolve("src/main/catalogue")), "no-such-edition",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("json"), dir.resolve("out"), "error",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "en", dir);
        assertThatThrownBy(() -> run(badParent)).isInstanceOf(CheckException.class)
                .hasMessageContaining("Parent \"no-such-edition\"").hasMessageContaining("mee-2019-672");
    }

    @Test
    void unreadableInputIsALocatedProblemAfterTheReadableOnesAreReported() throws Exception {
        copy("sample-county-conforming.json", dir.resolve("src/main/catalogue/a.json"));
        Files.writeString(dir.resolve("src/main/catalogue/b.json"), "{ not json");
        assertThatThrownBy(() -> run(options("error", Optional.empty(), "en", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("b.json")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
        assertThat(dir.resolve("target/zwgk-catalogue/a.json.json")).isRegularFile();
    }

    @Test
    void missingDirectoryIsAMissingInputAndAnEmptyOneIsNoInput() throws Exception {
        assertThatThrownBy(() -> run(options("error", Optional.empty(), "en", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("[batch.missing]")
                .hasMessageContaining("src/main/catalogue");
        Files.createDirectories(dir.resolve("src/main/catalogue"));
        assertThatThrownBy(() -> run(options("error", Optional.empty(), "en", List.of("json"))))
                .isInstanceOf(CheckException.class).hasMessageContaining("No catalogue file to check");
        assertThat(warn).anySatisfy(l -> assertThat(l).contains("holds no catalogue file"));
    }

    @Test
    void reportNamesAreTheCommandLines() {
        Path d = Path.of("cats");
        assertThat(Batch.reportNames(List.of(d, Path.of("x/a.csv")),
                List.of("cats/a/b.xlsx", "x/a.csv", "y/a.csv")))
                .containsEntry("cats/a/b.xlsx", "a/b.xlsx").containsEntry("x/a.csv", "a.csv")
                .containsEntry("y/a.csv", "a.csv-2");
    }
}
