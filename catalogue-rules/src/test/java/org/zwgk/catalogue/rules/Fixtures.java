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
            "deadlines-beyond-statute", "audience-mode-owner", "renamed-and-aliases", "dropped-citation", "eco-code-in-force", "sample-county-shortfalls");

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
