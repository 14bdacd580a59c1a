package org.zwgk.catalogue.spring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.CheckRun;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.SummaryRenderer;

/**
 * What one check request gave: the library's {@link CheckRun}, seen per uploaded catalogue (a .zip counts as the
 * catalogues in it) as its report or the problem that kept it from being read, in upload order, and the reports in
 * every format. Held in memory for the response only.
 */
public final class CheckResult {

    /**
     * One checked catalogue.
     *
     * @param name    the uploaded file name (or the .zip entry's)
     * @param report  its report, when it could be read
     * @param failure why it could not be read
     */
    public record Item(String name, Optional<Report> report, Optional<Problem> failure) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(failure, "failure");
        }
    }

    private final CheckRun run;
    private final List<Item> items;

    CheckResult(CheckRun run) {
        this.run = run;
        this.items = run.items().stream().map(i -> new Item(i.path(), i.report(), i.failure())).toList();
    }

    /** Every catalogue, in upload order. */
    public List<Item> items() {
        return items;
    }

    /** The reports of the catalogues that could be read, in upload order. */
    public List<Report> reports() {
        return run.reports();
    }

    /** True when more than one catalogue was checked: the answer is a batch summary. */
    public boolean isBatch() {
        return items.size() > 1;
    }

    /** The library's run, for what this view does not show. */
    public CheckRun run() {
        return run;
    }

    /**
     * The catalogue of {@code item} as the reader understood it, each value with its cell, for the result page's
     * "what was read" table: what the check itself read ({@link CheckRun#input}). Kept for a request of one
     * catalogue, whose cell locations the check held anyway; a batch keeps only its reports, so this is empty there,
     * as it is for a catalogue that could not be read.
     */
    public Optional<CheckInput> read(Item item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return run.input(run.items().get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code report} in {@code format} (a {@code ReportRenderer} name); {@code xlsx} is the user's own
     * workbook annotated when the catalogue was uploaded as a workbook.
     */
    public void render(String format, Report report, Locale locale, OutputStream out) throws IOException {
        run.render(format, report, locale, out);
    }

    /** Writes every report as one document in {@code format}. */
    public void renderAll(String format, Locale locale, OutputStream out) throws IOException {
        run.renderAll(format, locale, out);
    }

    /** The batch summary, ranked; {@code links} maps an input's name to where its own report is. */
    public BatchSummary summary(Map<String, String> links) {
        return run.summary(links);
    }

    /** Writes the batch summary as {@code json} or {@code html}. */
    public void renderSummary(String format, Map<String, String> links, Locale locale, OutputStream out)
            throws IOException {
        SummaryRenderer.byName(format).orElseThrow().render(summary(links), locale, out);
    }
}
