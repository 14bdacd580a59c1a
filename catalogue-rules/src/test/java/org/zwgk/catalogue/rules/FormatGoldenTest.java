package org.zwgk.catalogue.rules;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The csv, junit and sarif reports against golden files, from inputs located by JSON pointer ({@code json}) and
 * by spreadsheet cell ({@code sheet}). Accept a deliberate change with {@code -Dzwgk.updateGolden=true} and review
 * the diff of {@code src/test/resources/golden}.
 */
class FormatGoldenTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
            "sample-county-shortfalls, csv, zh, json",
            "only-government-website, csv, en, sheet",
            "sample-county-shortfalls, junit, zh, json",
            "not-applicable, junit, en, sheet",
            "sample-county-shortfalls, sarif, zh, sheet",
            "deadlines-beyond-statute, sarif, en, json"})
    void reportsMatchTheirGoldenFiles(String fixture, String format, String language, String inputKind) {
        Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        CheckInput input = inputKind.equals("sheet") ? Fixtures.sheetInput(fixture) : Fixtures.input(fixture);
        Report report = Fixtures.checker(fixture).check(input);
        String extension = ReportRenderer.byName(format).orElseThrow().extension();
        Fixtures.assertGolden(fixture + "." + inputKind + "." + language + "." + format
                + (extension.equals(format) ? "" : "." + extension), Fixtures.render(report, format, locale));
    }
}
