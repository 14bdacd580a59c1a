package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** Batches: collecting files, checking in parallel in a stable order, ranking, and the summary formats. */
class BatchTest {

    @TempDir
    Path dir;

    @Test
    void collectRecursesIntoDirectoriesForCatalogueFilesOnlyInPathOrder() throws IOException {
        for (String f : List.of("b/z.xlsx", "b/a.CSV", "a.json", "c/d/e.html", "c/page.htm", "old.xls", "notes.txt",
                "b/~$z.xlsx", ".hidden.json", "c/README")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        List<Path> files = Batch.collect(List.of(dir));
        assertThat(files).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("a.json", "b/a.CSV", "b/z.xlsx", "c/d/e.html", "c/page.htm", "old.xls");
        assertThat(Batch.collect(List.of(dir.resolve("notes.txt"), dir.resolve("a.json"), dir.resolve("a.json"))))
                .extracting(p -> p.getFileName().toString()).containsExactly("a.json", "notes.txt");
    }

    @Test
    void checkingInParallelKeepsTheFilesOrderAndReportsUnreadableOnes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path p = dir.resolve(String.format("c%02d.json", i));
            Files.writeString(p, CatalogueJson.write(Editions.byId(i % 3 == 0 ? "sample-county-shortfalls"
                    : "sample-county-conforming").orElseThrow()), StandardCharsets.UTF_8);
            files.add(p);
        }
        files.add(dir.resolve("missing.json"));
        Checker checker = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build();
        List<String> progressed = Collections.synchronizedList(new ArrayList<>());
        List<BatchItem> items = Batch.check(checker, files, 4, item -> progressed.add(item.path()));
        assertThat(items).extracting(BatchItem::path).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(progressed).containsExactlyInAnyOrderElementsOf(files.stream().map(Path::toString).toList());
        assertThat(items.get(12).failure()).isPresent();
        assertThat(items.get(0).report().orElseThrow().input().sha256()).hasValueSatisfying(h -> assertThat(h).hasSize(64));
        List<BatchItem> sequential = Batch.check(checker, files, 1, item -> { });
        assertThat(sequential).isEqualTo(items);
    }

    private static BatchSummary summary() {
        Report a = Fixtures.check("sample-county-shortfalls");
        Report b = Fixtures.check("conforming");
        Report c = Fixtures.check("not-applicable");
        Report d = Fixtures.check("only-government-website");
        return BatchSummary.of(List.of(a, b, c, d), Map.of("conforming.json", "conforming.json.html"),
                List.of(new BatchSummary.Failure("broken.xlsx", "文件已损坏", "The file is corrupt")));
    }

    @Test
    void cataloguesAreRankedByScoreWithTiesSharingARank() {
        BatchSummary s = summary();
        assertThat(s.entries()).extracting(BatchSummary.Entry::score).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(s.entries().get(0).rank()).isEqualTo(1);
        for (int i = 1; i < s.entries().size(); i++) {
            BatchSummary.Entry prev = s.entries().get(i - 1);
            BatchSummary.Entry e = s.entries().get(i);
            assertThat(e.rank()).isEqualTo(prev.score() == e.score() ? prev.rank() : i + 1);
        }
        assertThat(s.entries()).filteredOn(e -> e.input().equals("conforming.json")).singleElement()
                .satisfies(e -> assertThat(e.link()).contains("conforming.json.html"));
        assertThat(s.failures()).hasSize(1);
    }

    @Test
    void summariesMatchTheirGoldenFiles() throws IOException {
        for (String format : List.of("text", "json", "html")) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SummaryRenderer.byName(format).orElseThrow().render(summary(), locale, out);
                String lang = locale.getLanguage().equals("en") ? "en" : "zh";
                Fixtures.assertGolden("summary." + lang + "." + (format.equals("text") ? "txt" : format),
                        out.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
