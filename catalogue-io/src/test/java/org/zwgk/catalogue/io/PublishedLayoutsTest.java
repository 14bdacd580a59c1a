package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * Every layout of the corpus ({@link PublishedLayouts}) reads to its expected canonical JSON, source locations and
 * problems, kept in {@code published/<layout>.expected}; and, whatever the layout, to the national rows: the same
 * category names, in the same areas. Run with {@code -Dcorpus.write=true} to write the expected files after a
 * deliberate change, then read the diff.
 */
class PublishedLayoutsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/org/zwgk/catalogue/io/published");

    /**
     * The PDF layouts are drawn with Debian's fonts-wqy-zenhei: without it they are skipped on a developer's machine,
     * and fail in CI (CI=true), where .ci/run installs it, since a real-part test never skips there.
     */
    private static void fontOrSkip(PublishedLayouts.Layout layout) {
        if (!layout.needsFont()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            assertThat(PdfWriter.fontInstalled()).as("fonts-wqy-zenhei in CI (installed by .ci/run)").isTrue();
        }
        assumeThat(PdfWriter.fontInstalled()).as("the PDF layouts need fonts-wqy-zenhei (.ci/run installs it)")
                .isTrue();
    }

    static List<PublishedLayouts.Layout> layouts() {
        return PublishedLayouts.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsToItsExpectedCatalogueLocationsAndProblems(PublishedLayouts.Layout layout) throws Exception {
        fontOrSkip(layout);
        ReadResult result = CatalogueReader.read(layout.bytes().get(), layout.file(), ReadLimits.defaults());
        String actual = render(result);
        Path file = EXPECTED.resolve(layout.name() + ".expected");
        if (Boolean.getBoolean("corpus.write")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            // The files themselves too, for seeds and for looking at: target/published/.
            Path made = Path.of("target/published").resolve(layout.name() + layout.file()
                    .substring(layout.file().lastIndexOf('.')));
            Files.createDirectories(made.getParent());
            Files.write(made, layout.bytes().get());
        }
        assertThat(actual).isEqualTo(new String(PublishedLayouts.resource(layout.name() + ".expected"),
                StandardCharsets.UTF_8));
    }

    @Test
    void aWordTitleTakenFromAParagraphIsLocatedByItsParagraphNumber() throws Exception {
        // 附件1, then the title, then a filler line: the title is the body's second paragraph.
        assertThat(titleSource("docx-flat-header-filler-line")).isEqualTo("county.docx!paragraph2");
        assertThat(titleSource("docx-two-row-header")).isEqualTo("county.docx!paragraph1");
        assertThat(titleSource("doc-two-row-header")).isEqualTo("county.doc!paragraph1");
    }

    private static String titleSource(String layout) throws Exception {
        PublishedLayouts.Layout l = PublishedLayouts.all().stream().filter(x -> x.name().equals(layout)).findFirst()
                .orElseThrow();
        ReadResult result = CatalogueReader.read(l.bytes().get(), l.file(), ReadLimits.defaults());
        return result.titleSource().map(Object::toString).orElse("-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsTheNationalRowsWhateverTheLayout(PublishedLayouts.Layout layout) throws Exception {
        fontOrSkip(layout);
        ReadResult result = CatalogueReader.read(layout.bytes().get(), layout.file(), ReadLimits.defaults());
        int area = Published.column("一级事项");
        int name = Published.column("二级事项");
        Map<String, List<String>> expected = Published.ROWS.stream().collect(Collectors.groupingBy(r -> r[area],
                java.util.LinkedHashMap::new, Collectors.mapping(r -> r[name], Collectors.toList())));
        Map<String, List<String>> actual = result.catalogue().areas().stream().collect(Collectors.toMap(
                a -> a.name(), a -> a.categories().stream().map(Category::name).toList(), (x, y) -> x,
                java.util.LinkedHashMap::new));
        assertThat(actual).isEqualTo(expected);
        assertThat(result.sources()).hasSize(Published.ROWS.size());
    }

    /**
     * The result as the expected file holds it: format, canonical JSON, where the title was read, sources, problems,
     * missing columns.
     */
    static String render(ReadResult result) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("format: ").append(result.format()).append('\n');
        sb.append("--- catalogue\n").append(CatalogueJson.write(result.catalogue()).strip()).append('\n');
        sb.append("--- title\n").append(result.titleSource().map(Object::toString).orElse("-")).append('\n');
        sb.append("--- sources\n");
        List<Category> categories = result.catalogue().categories();
        for (int i = 0; i < categories.size(); i++) {
            CategorySources s = result.sources().get(i);
            sb.append(categories.get(i).name()).append(": row ").append(s.row());
            for (CategoryField f : CategoryField.values()) {
                java.util.Optional.ofNullable(s.fields().get(f)).ifPresent(at -> sb.append(", ").append(f.jsonName())
                    .append(" ").append(at));
            }
            sb.append('\n');
        }
        sb.append("--- problems\n");
        for (Problem p : result.problems()) {
            sb.append(p.messageId()).append(" @ ").append(p.location()).append(' ').append(p.arguments())
                    .append('\n');
        }
        sb.append("--- missing columns\n");
        for (Problem p : result.missingColumns()) {
            sb.append(p.messageId()).append(" @ ").append(p.location()).append(' ').append(p.arguments())
                    .append('\n');
        }
        return sb.toString();
    }
}
