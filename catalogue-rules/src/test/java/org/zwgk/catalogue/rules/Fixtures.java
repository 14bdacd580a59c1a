package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * The rule fixtures under {@code src/test/resources/fixtures}: each a child catalogue in canonical JSON
 * ({@code NAME.json}), optional check options ({@code NAME.properties}: parent, level, asOf) and the expected
 * findings ({@code NAME.expected}: one line per finding, {@code ruleId SEVERITY category field}).
 */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static final List<String> NAMES = List.of("conforming", "drops-licensing-keeps-city-owner",
            "only-government-website", "hazwaste-content-cut", "inserted-row-copies-legal-basis",
            "cites-noise-law", "made-or-obtained-trigger", "structure-problems", "not-applicable",
            "deadlines-beyond-statute", "audience-mode-owner", "renamed-and-aliases", "dropped-citation", "eco-code-in-force",
            "sample-county-shortfalls", "owner-levels", "owner-municipal-district", "channels-statutory",
            "self-contradicting-rows", "outdated-2007", "inland-county", "trigger-equivalences",
            "statute-deadlines-met", "multi-domain-table");

    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's child as a check input, with each category's JSON pointer as its source. */
    static CheckInput input(String name) {
        String json = name.equals("sample-county-shortfalls")
                ? CatalogueJson.write(Editions.byId("sample-county-shortfalls").orElseThrow())
                : resource(name + ".json");
        assertThat(json).as("fixture %s", name).isNotNull();
        ParsedCatalogue parsed = CatalogueJson.parse(json, name + ".json");
        assertThat(parsed.problems()).as("fixture %s parses cleanly", name).isEmpty();
        List<CategorySources> sources = new ArrayList<>();
        for (SourceLocation at : parsed.categorySources()) {
            sources.add(new CategorySources(at, Map.of()));
        }
        return new CheckInput(parsed.catalogue(), sources, Optional.of(name + ".json"), Optional.empty(),
                List.of());
    }

    /**
     * The fixture's child as if read from a workbook: category {@code i} on row {@code i + 3} of sheet 标准目录,
     * each field in its own column (A for the area, B for the name …), so renderers that point at cells have
     * cells to point at.
     */
    static CheckInput sheetInput(String name) {
        CheckInput json = input(name);
        List<CategorySources> sources = new ArrayList<>();
        String file = name + ".xlsx";
        for (int i = 0; i < json.catalogue().categories().size(); i++) {
            Map<CategoryField, SourceLocation> fields = new java.util.EnumMap<>(CategoryField.class);
            for (CategoryField f : CategoryField.values()) {
                fields.put(f, SourceLocation.ofCell(file, "标准目录", i + 3, f.ordinal()));
            }
            sources.add(new CategorySources(SourceLocation.ofCell(file, "标准目录", i + 3, 0), fields));
        }
        return new CheckInput(json.catalogue(), sources, Optional.of(file),
                Optional.of("0".repeat(64)), List.of());
    }

    /** Text a report must never let act: a spreadsheet formula, markup, a script, XML specials, a control character. */
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"点我\") <script>alert('x')</script> & ]]> \u0001";

    /**
     * The only-government-website fixture (as a sheet) with its local addition renamed to {@link #HOSTILE} and the
     * first category's owner starting with {@code @}: every renderer must carry the text inert.
     */
    static Report hostileReport() {
        return checker("only-government-website").check(hostileInput());
    }

    /** The input of {@link #hostileReport()}. */
    static CheckInput hostileInput() {
        CheckInput base = sheetInput("only-government-website");
        Catalogue c = base.catalogue();
        List<org.zwgk.catalogue.model.Area> areas = new ArrayList<>();
        for (org.zwgk.catalogue.model.Area a : c.areas()) {
            List<org.zwgk.catalogue.model.Category> cats = new ArrayList<>();
            for (org.zwgk.catalogue.model.Category cat : a.categories()) {
                if (cat.code().equals(Optional.of("XK-L1"))) {
                    cat = org.zwgk.catalogue.model.Category.named(HOSTILE).code("XK-L1").content(cat.content())
                            .legalBasis(cat.legalBasis()).deadline(cat.deadline().orElseThrow()).owner("+" + HOSTILE)
                            .channels(cat.channels()).audience(cat.audience()).mode(cat.mode()).levels(cat.levels())
                            .build();
                } else if (cat.code().equals(Optional.of("XK-01"))) {
                    // A provincial owner, so that owner.level-mismatch reports it (issue 20: a 市级 owner is fine).
                    cat = cat.toBuilder().owner("@省级生态环境部门").build();
                }
                cats.add(cat);
            }
            areas.add(new org.zwgk.catalogue.model.Area(a.code(), a.name(), cats));
        }
        Catalogue hostile = c.toBuilder().areas(areas).build();
        return new CheckInput(hostile, base.sources(), base.path(), base.sha256(), List.of());
    }

    static Checker checker(String name) {
        Properties options = new Properties();
        String text = resource(name + ".properties");
        if (text != null) {
            try {
                options.load(new java.io.StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Catalogue parent = Editions.byId(options.getProperty("parent", Editions.NATIONAL_ID)).orElseThrow();
        Checker.Builder b = Checker.against(parent)
                .asOf(LocalDate.parse(options.getProperty("asOf", AS_OF.toString())));
        Optional.ofNullable(options.getProperty("level")).flatMap(AdministrativeLevel::parse).ifPresent(b::level);
        return b.build();
    }

    static Report check(String name) {
        return checker(name).check(input(name));
    }

    /** One line per finding, as the expected files write them. */
    static List<String> lines(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " "
                + f.location().category().orElse("-") + " "
                + f.location().field().map(x -> x.jsonName()).orElse("-")).toList();
    }

    static List<String> expected(String name) {
        String text = resource(name + ".expected");
        assertThat(text).as("expected findings of %s", name).isNotNull();
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /**
     * Compares {@code actual} with the golden file {@code name} under src/test/resources/golden, after replacing
     * the library version with VERSION; with {@code -Dzwgk.updateGolden=true} writes the file instead.
     */
    static void assertGolden(String name, String actual) {
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden").resolve(name);
        String normalized = actual.replace(org.zwgk.catalogue.rules.internal.Engine.VERSION, "VERSION");
        try {
            if (Boolean.getBoolean("zwgk.updateGolden")) {
                java.nio.file.Files.createDirectories(golden.getParent());
                java.nio.file.Files.writeString(golden, normalized, StandardCharsets.UTF_8);
            }
            assertThat(normalized).as("golden file %s", name)
                    .isEqualTo(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Report report, String format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportRenderer.byName(format).orElseThrow().render(report, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
