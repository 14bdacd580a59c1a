package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.render.CsvRenderer;
import org.zwgk.catalogue.rules.internal.render.HtmlRenderer;
import org.zwgk.catalogue.rules.internal.render.JsonRenderer;
import org.zwgk.catalogue.rules.internal.render.JunitRenderer;
import org.zwgk.catalogue.rules.internal.render.SarifRenderer;
import org.zwgk.catalogue.rules.internal.render.TextRenderer;
import org.zwgk.catalogue.rules.internal.render.xlsx.FindingsWorkbookRenderer;

/**
 * Turns a report into bytes in one format. Renderers are stateless and thread-safe; an equal report and locale
 * give the same bytes. Text formats are UTF-8.
 *
 * <p>Formats by short name: {@code text} (a person at a terminal), {@code json} (pipelines), {@code html} (one
 * self-contained page; {@link #htmlFragment()} for a portal's own page), {@code xlsx} (the findings sheet in a new
 * workbook, or the user's own workbook annotated when rendered with its source), {@code csv} (one row
 * per finding, for a spreadsheet), {@code junit} (JUnit XML for CI test views), {@code sarif} (SARIF 2.1.0 for
 * code-scanning views).
 */
public interface ReportRenderer {

    /** The short name: {@code text}, {@code json}, {@code html}, {@code xlsx}, {@code sarif}, {@code junit}, {@code csv}. */
    String name();

    /** The usual file extension of this format, without the dot. */
    default String extension() {
        return name();
    }

    /** Writes {@code report} with messages in {@code locale}'s language. */
    void render(Report report, Locale locale, OutputStream out) throws IOException;

    /**
     * Writes {@code report}, which was made from {@code source}. Every format but {@code xlsx} writes the same
     * bytes as {@link #render(Report, Locale, OutputStream)}; {@code xlsx} decides for itself whether to return the
     * user's own workbook annotated (an .xlsx or .xls source) or the findings sheet in a new workbook (any other).
     */
    default void render(Report report, InputFile source, Locale locale, OutputStream out) throws IOException {
        render(report, locale, out);
    }

    /**
     * Writes several reports as one document: a JSON array, one CSV table, one JUnit {@code testsuites} with a
     * testsuite per input, one SARIF log with a run per input. Formats without a combined form write each report in
     * turn, separated by a blank line.
     */
    default void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            render(reports.get(i), locale, out);
        }
    }

    /** Every renderer, by short name. */
    static List<ReportRenderer> all() {
        return List.of(new TextRenderer(), new JsonRenderer(), new HtmlRenderer(false), new FindingsWorkbookRenderer(),
                new SarifRenderer(), new JunitRenderer(), new CsvRenderer());
    }

    /**
     * The HTML report as a fragment for a portal's own page: one {@code <div class="zwgk">} holding its scoped
     * style and a {@code <section>} per report, without {@code <html>}, {@code <head>} or {@code <body>}.
     */
    static ReportRenderer htmlFragment() {
        return new HtmlRenderer(true);
    }

    /**
     * The JSON report on one line, without indentation: the same document as {@code json}, in about three quarters
     * of its bytes, for an application that stores many reports (a review round keeps one per version).
     */
    static ReportRenderer compactJson() {
        return new JsonRenderer(false);
    }

    /**
     * Writes {@code report} as {@link #compactJson()} does and returns what the document printed that an
     * application storing it keeps beside it: the score and the findings' fingerprints, each worked out once for
     * both (a review round's re-check of 3,000 localities worked them out twice, 5% of its CPU).
     */
    static JsonFacts writeCompactJson(Report report, Locale locale, OutputStream out) throws IOException {
        return new JsonRenderer(false).renderWithFacts(report, locale, out);
    }

    /**
     * What a JSON report printed of {@code summary.score} and each finding's {@code fingerprint}.
     *
     * @param score        the report's score
     * @param fingerprints the active findings' fingerprints, in the report's order
     */
    record JsonFacts(Score score, List<String> fingerprints) {

        public JsonFacts {
            java.util.Objects.requireNonNull(score, "score");
            fingerprints = List.copyOf(fingerprints);
        }
    }

    /** The renderer with this short name. */
    static Optional<ReportRenderer> byName(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
