package org.zwgk.catalogue.spring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.SummaryRenderer;
import org.zwgk.catalogue.spring.internal.CheckWorkflow;

/**
 * What one check request gave: per uploaded catalogue (a .zip counts as the catalogues in it) either its report
 * or the problem that kept it from being read, in upload order, and the reports in every format. Held in memory
 * for the response only.
 */
public final class CheckResult {

    /**
     * One checked catalogue.
     *
     * @param name    the uploaded file name (or the .zip entry's)
     * @param report  its report, when it could be read
     * @param failure why it could not be read
     * @param read    the catalogue as read, with each value's cell, when it could be read
     */
    public record Item(String name, Optional<Report> report, Optional<Problem> failure, Optional<CheckInput> read) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(read, "read");
        }
    }

    private final List<Item> items;
    private final CheckWorkflow.Run run;

    CheckResult(List<Item> items, CheckWorkflow.Run run) {
        this.items = List.copyOf(items);
        this.run = run;
    }

    /** Every catalogue, in upload order. */
    public List<Item> items() {
        return items;
    }

    /** The reports of the catalogues that could be read, in upload order. */
    public List<Report> reports() {
        return items.stream().flatMap(i -> i.report().stream()).toList();
    }

    /** True when more than one catalogue was checked: the answer is a batch summary. */
    public boolean isBatch() {
        return items.size() > 1;
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
        return BatchSummary.of(items.stream().map(i -> new BatchItem(i.name(), i.report(), i.failure())).toList(),
                links);
    }

    /** Writes the batch summary as {@code json} or {@code html}. */
    public void renderSummary(String format, Map<String, String> links, Locale locale, OutputStream out)
            throws IOException {
        SummaryRenderer.byName(format).orElseThrow().render(summary(links), locale, out);
    }
}
