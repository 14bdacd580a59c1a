package org.zwgk.catalogue.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.AnnotatedWorkbook;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Batch;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SummaryRenderer;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waivers;

/**
 * What the {@code check} goal does, free of Maven so that it is unit-tested directly: the same steps as the command
 * line's {@code check --output-dir}, over catalogue-rules' public API (Checker, Batch, the renderers).
 */
public final class CatalogueCheck {

    /** The severity from which the build fails. */
    enum FailOn { error, warning, never }

    /**
     * The result of a check that could read every input.
     *
     * @param reports  one per input, in path order
     * @param failures one localized line per input that reaches failOn or scores below minScore; empty when the
     *                 build may pass
     */
    public record Outcome(List<Report> reports, List<String> failures) {
        public Outcome {
            reports = List.copyOf(reports);
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final CheckOptions options;
    private final Messages m;
    private final Consumer<String> info;
    private final Consumer<String> warn;

    /**
     * @param info where per-file summary lines go (Maven's info log)
     * @param warn where warnings and reading problems go (Maven's warn log)
     */
    public CatalogueCheck(CheckOptions options, Consumer<String> info, Consumer<String> warn) throws CheckException {
        this.options = options;
        if (!options.lang().matches("(?i)zh.*|en.*")) {
            // The message itself cannot be in the chosen language; say it in both.
            throw new CheckException(Messages.of("zh").format("param.lang.invalid", options.lang()) + " / "
                    + Messages.of("en").format("param.lang.invalid", options.lang()));
        }
        this.m = Messages.of(options.lang());
        this.info = info;
        this.warn = warn;
    }

    Locale locale() {
        return m.locale();
    }

    /**
     * Checks every input, writes the reports and returns what to fail on. Throws when a parameter is bad or an
     * input cannot be read; the readable inputs' reports are written first, as the command line does.
     */
    public Outcome run() throws CheckException, IOException {
        FailOn failOn = failOn();
        List<ReportRenderer> renderers = renderers();
        if (options.minScore().isPresent() && (options.minScore().get() < 0 || options.minScore().get() > 100)) {
            throw new CheckException(m.format("param.min-score.invalid", options.minScore().get()));
        }
        Checker checker = checker();
        List<Path> inputs = Batch.collect(options.files());
        for (Path p : options.files()) {
            if (Files.isDirectory(p) && inputs.stream().noneMatch(i -> i.startsWith(p))) {
                warn.accept(m.format("check.empty-dir", shown(p)));
            }
        }
        if (inputs.isEmpty()) {
            throw new CheckException(m.format("check.no-input", options.files().stream().map(this::shown)
                    .collect(Collectors.joining(", "))));
        }
        // Maven may build modules in parallel; the batch's own pool is bounded by the inputs anyway.
        List<BatchItem> items = Batch.check(checker, inputs, Runtime.getRuntime().availableProcessors(), i -> { });
        List<Report> reports = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (BatchItem item : items) {
            if (item.failure().isPresent()) {
                unreadable.add(item.failure().get().describe(m.locale()));
                continue;
            }
            Report r = item.report().orElseThrow();
            for (Problem p : r.input().problems()) {
                unreadable.add(p.describe(m.locale()));
            }
            reports.add(r);
            info.accept(m.format("check.file", shown(r),
                    m.library("report.summary", r.errors(), r.warnings(), r.infos()),
                    m.library("report.score", r.score().value(), r.score().coverageText(), r.score().met(),
                            r.score().expected())));
        }
        write(reports, items, renderers);
        if (!unreadable.isEmpty()) {
            throw new CheckException(m.format("check.unreadable", lines(unreadable)));
        }
        List<String> failures = new ArrayList<>();
        for (Report r : reports) {
            if (failOn != FailOn.never && r.reaches(failOn == FailOn.error ? Severity.ERROR : Severity.WARNING)) {
                failures.add(m.format("check.reaches", shown(r), r.errors(), r.warnings(), r.infos(), failOn));
            }
            if (options.minScore().isPresent() && r.score().value() < options.minScore().get()) {
                failures.add(m.format("check.below-min-score", shown(r), r.score().value(),
                        options.minScore().get()));
            }
        }
        return new Outcome(reports, failures);
    }

    /** The message of the build failure for an outcome that did not pass. */
    public String failureMessage(Outcome outcome) {
        return m.format("check.failed", lines(outcome.failures()));
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(l -> System.lineSeparator() + "  " + l).collect(Collectors.joining());
    }

    private FailOn failOn() throws CheckException {
        for (FailOn f : FailOn.values()) {
            if (f.name().equalsIgnoreCase(options.failOn().trim())) {
                return f;
            }
        }
        throw new CheckException(m.format("param.fail-on.invalid", options.failOn()));
    }

    private List<ReportRenderer> renderers() throws CheckException {
        List<ReportRenderer> renderers = new ArrayList<>();
        for (String name : options.formats()) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            ReportRenderer r = ReportRenderer.byName(key)
                    .orElseThrow(() -> new CheckException(m.format("param.format.invalid", name)));
            if (renderers.stream().noneMatch(x -> x.name().equals(r.name()))) {
                renderers.add(r);
            }
        }
        return renderers;
    }

    private Checker checker() throws CheckException {
        Checker.Builder b = Checker.against(parentCatalogue());
        if (options.level().isPresent()) {
            String level = options.level().get();
            b.level(AdministrativeLevel.parse(level)
                    .orElseThrow(() -> new CheckException(m.format("param.level.invalid", level))));
        }
        try {
            b.asOf(options.asOf().isEmpty() ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
                    : LocalDate.parse(options.asOf().get().trim()));
        } catch (DateTimeParseException e) {
            throw new CheckException(m.format("param.date.invalid", options.asOf().get()));
        }
        try {
            if (options.profile().isPresent()) {
                b.profile(Profile.read(options.profile().get()));
            }
        } catch (ProfileException e) {
            throw problems(e.problems());
        }
        try {
            if (options.waivers().isPresent()) {
                b.waivers(Waivers.read(options.waivers().get()));
            }
            if (options.baseline().isPresent()) {
                b.baseline(Baseline.read(options.baseline().get()));
            }
        } catch (SuppressionFileException e) {
            throw problems(e.problems());
        }
        return b.build();
    }

    private CheckException problems(List<Problem> problems) {
        return new CheckException(problems.stream().map(p -> p.describe(m.locale()))
                .collect(Collectors.joining(System.lineSeparator())));
    }

    private Catalogue parentCatalogue() throws CheckException {
        Optional<Catalogue> edition = Editions.byId(options.parent());
        if (edition.isPresent()) {
            return edition.get();
        }
        Path file = options.baseDirectory().resolve(options.parent());
        if (!Files.isRegularFile(file)) {
            String known = Editions.list().stream().map(e -> e.id()).collect(Collectors.joining(", "));
            throw new CheckException(m.format("param.parent.unknown", options.parent(), known));
        }
        try {
            return CatalogueReader.read(file).catalogue();
        } catch (UnreadableInputException e) {
            throw new CheckException(e.problem().describe(m.locale()));
        }
    }

    private void write(List<Report> reports, List<BatchItem> items, List<ReportRenderer> renderers)
            throws IOException {
        Path dir = options.outputDirectory();
        Files.createDirectories(dir);
        Map<String, String> names = Batch.reportNames(options.files(),
                reports.stream().map(CatalogueCheck::key).toList());
        Map<String, String> links = new LinkedHashMap<>();
        // The summary page links the html report when there is one: it is the one a person opens.
        ReportRenderer linked = renderers.stream().filter(r -> r.name().equals("html")).findFirst()
                .orElse(renderers.isEmpty() ? null : renderers.get(0));
        for (ReportRenderer renderer : renderers) {
            for (Report r : reports) {
                String rel = names.get(key(r)) + "." + renderer.extension();
                Path target = dir.resolve(rel);
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    renderOne(renderer, r, out);
                }
                if (renderer == linked) {
                    links.put(key(r), rel);
                }
            }
        }
        BatchSummary summary = BatchSummary.of(items, links);
        try (OutputStream out = Files.newOutputStream(dir.resolve("summary.json"))) {
            SummaryRenderer.byName("json").orElseThrow().render(summary, m.locale(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("index.html"))) {
            SummaryRenderer.byName("html").orElseThrow().render(summary, m.locale(), out);
        }
        info.accept(m.format("check.reports", shown(dir)));
    }

    /**
     * One report; for xlsx from a workbook input, the user's own workbook annotated, as the command line does (the
     * renderer alone has only the report, so it would write the findings sheet in a new workbook).
     */
    private void renderOne(ReportRenderer renderer, Report r, OutputStream out) throws IOException {
        Optional<Path> workbook = r.input().path().map(Path::of).filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?"));
        if (renderer.name().equals("xlsx") && workbook.isPresent()) {
            AnnotatedWorkbook.write(r, Files.readAllBytes(workbook.get()), m.locale(), out);
        } else {
            renderer.render(r, m.locale(), out);
        }
    }

    private static String key(Report r) {
        return r.input().path().orElse(r.input().edition());
    }

    private String shown(Report r) {
        return r.input().path().map(p -> shown(Path.of(p))).orElse(r.input().title());
    }

    /** A path as the user wrote it: relative to the project when inside it, so logs stay short. */
    private String shown(Path p) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : p.toString();
    }
}
