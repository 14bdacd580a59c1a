package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.json.ParsedCatalogue;
import org.zwgk.catalogue.rules.AnnotatedWorkbook;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Batch;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SummaryRenderer;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waivers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: checks catalogue files and directories against their parent (the national edition by default).
 * Directories are searched recursively for .xlsx/.xls/.csv/.json/.html files; inputs are read and checked in
 * parallel on all cores, and reported in path order. With no file it checks the bundled example {@value #EXAMPLE}
 * and says so on stderr. Exit code 0 when nothing reaches {@code --fail-on} and every score reaches
 * {@code --min-score}, 1 otherwise, 2 when an input could not be read (the readable inputs are still checked and
 * reported).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

    /** The bundled catalogue checked when no file is named: a county example with typical shortfalls. */
    static final String EXAMPLE = "sample-county-shortfalls";

    /** The report forms {@code check} writes. */
    enum ReportFormat { text, json, html, xlsx, sarif, junit, csv }

    /** The severity from which the run fails. */
    enum FailOn { error, warning, never }

    @ParentCommand
    private RootCommand root;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", descriptionKey = "param.files")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--parent", paramLabel = "EDITION|FILE", descriptionKey = "option.parent",
            defaultValue = Editions.NATIONAL_ID)
    private String parent;

    @Option(names = "--level", paramLabel = "市级|县级|乡镇级|municipal|county|township", descriptionKey = "option.level")
    private String level;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.as-of")
    private String asOf;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "option.profile")
    private Path profile;

    @Option(names = "--format", paramLabel = "text|json|html|xlsx|sarif|junit|csv", descriptionKey = "option.check.format",
            defaultValue = "text")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", descriptionKey = "option.output-dir")
    private Path outputDir;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", descriptionKey = "option.fail-on",
            defaultValue = "error")
    private FailOn failOn;

    @Option(names = "--min-score", paramLabel = "N", descriptionKey = "option.min-score")
    private Integer minScore;

    @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "option.baseline")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", descriptionKey = "option.write-baseline")
    private Path writeBaseline;

    @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "option.waivers")
    private Path waivers;

    @Override
    public Integer call() throws IOException {
        CliMessages m = root.messages();
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new CliException(m.format("cli.min-score.invalid", minScore), ExitCodes.BAD_INPUT);
        }
        Checker checker = checker(m);
        List<Report> reports = new ArrayList<>();
        List<BatchItem> items = new ArrayList<>();
        boolean unreadable = false;
        if (files.isEmpty()) {
            root.err().println(m.format("cli.check.example", EXAMPLE));
            Report r = checker.check(example());
            reports.add(r);
            items.add(new BatchItem(r.input().path().orElse(EXAMPLE), Optional.of(r), Optional.empty()));
        } else {
            List<Path> inputs = Batch.collect(files);
            for (Path p : files) {
                if (Files.isDirectory(p) && inputs.stream().noneMatch(i -> i.startsWith(p))) {
                    root.err().println(m.format("cli.check.empty-dir", p));
                }
            }
            if (inputs.isEmpty()) {
                throw new CliException(m.format("cli.check.no-input"), ExitCodes.BAD_INPUT);
            }
            items = Batch.check(checker, inputs, Runtime.getRuntime().availableProcessors(), progress(inputs.size(), m));
            if (root.errIsTerminal() && !inputs.isEmpty()) {
                root.err().print("\r\033[K");
                root.err().flush();
            }
            for (BatchItem item : items) {
                if (item.failure().isPresent()) {
                    root.err().println(item.failure().get().describe(m.locale()));
                    unreadable = true;
                } else {
                    Report r = item.report().orElseThrow();
                    for (Problem p : r.input().problems()) {
                        root.err().println(p.describe(m.locale()));
                    }
                    unreadable |= !r.input().problems().isEmpty();
                    reports.add(r);
                }
            }
        }
        write(reports, items, m);
        if (writeBaseline != null) {
            try (OutputStream out = Outputs.open(writeBaseline, root.out(), m)) {
                Baseline.of(reports).write(out);
            }
            root.err().println(m.format("cli.check.baseline-written", reports.stream()
                    .mapToInt(r -> r.countingFindings().size()).sum(), writeBaseline));
        }
        if (unreadable) {
            return ExitCodes.BAD_INPUT;
        }
        // A run that records the baseline accepts today's findings; only the score gate still applies.
        boolean failed = writeBaseline == null && failOn != FailOn.never && reports.stream()
                .anyMatch(r -> r.reaches(failOn == FailOn.error ? Severity.ERROR : Severity.WARNING));
        if (minScore != null) {
            for (Report r : reports) {
                if (r.score().value() < minScore) {
                    root.err().println(m.format("cli.check.below-min-score",
                            r.input().path().orElse(r.input().title()), r.score().value(), minScore));
                    failed = true;
                }
            }
        }
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Progress on stderr, one updating line, only when stderr is a terminal (never in logs or pipes). */
    private java.util.function.Consumer<BatchItem> progress(int total, CliMessages m) {
        if (!root.errIsTerminal()) {
            return item -> { };
        }
        AtomicInteger done = new AtomicInteger();
        return item -> {
            synchronized (root.err()) {
                root.err().print("\r\033[K" + m.format("cli.check.progress", done.incrementAndGet(), total,
                        item.path()));
                root.err().flush();
            }
        };
    }

    private Checker checker(CliMessages m) {
        Checker.Builder b = Checker.against(parentCatalogue(m));
        if (level != null) {
            b.level(AdministrativeLevel.parse(level).orElseThrow(
                    () -> new CliException(m.format("cli.level.invalid", level), ExitCodes.BAD_INPUT)));
        }
        try {
            b.asOf(asOf == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new CliException(m.format("cli.date.invalid", asOf), ExitCodes.BAD_INPUT);
        }
        if (profile != null) {
            try {
                b.profile(Profile.read(profile));
            } catch (ProfileException e) {
                throw problems(e.problems(), m);
            }
        }
        try {
            if (waivers != null) {
                b.waivers(Waivers.read(waivers));
            }
            if (baseline != null) {
                b.baseline(Baseline.read(baseline));
            }
        } catch (SuppressionFileException e) {
            throw problems(e.problems(), m);
        }
        return b.build();
    }

    private static CliException problems(List<Problem> problems, CliMessages m) {
        return new CliException(problems.stream().map(p -> p.describe(m.locale()))
                .collect(Collectors.joining(System.lineSeparator())), ExitCodes.BAD_INPUT);
    }

    private Catalogue parentCatalogue(CliMessages m) {
        Optional<Catalogue> edition = Editions.byId(parent);
        if (edition.isPresent()) {
            return edition.get();
        }
        Path file = Path.of(parent);
        if (!Files.isRegularFile(file)) {
            String known = Editions.list().stream().map(e -> e.id()).collect(Collectors.joining(", "));
            throw new CliException(m.format("cli.parent.unknown", parent, known), ExitCodes.BAD_INPUT);
        }
        return Inputs.read(file, m).catalogue();
    }

    /** The bundled example, read from its canonical JSON so that findings point at JSON pointers. */
    private static CheckInput example() {
        String name = EXAMPLE + ".json";
        String json = CatalogueJson.write(Editions.byId(EXAMPLE).orElseThrow());
        ParsedCatalogue parsed = CatalogueJson.parse(json, name);
        List<CategorySources> sources = new ArrayList<>();
        for (SourceLocation at : parsed.categorySources()) {
            sources.add(new CategorySources(at, Map.of()));
        }
        return new CheckInput(parsed.catalogue(), sources, Optional.of(name),
                Optional.of(ReportFiles.sha256(json.getBytes(StandardCharsets.UTF_8))), parsed.problems());
    }

    /**
     * One report; for xlsx from a workbook input, the user's own workbook annotated (the renderer alone has only
     * the report, so it writes the findings sheet in a new workbook).
     */
    private static void renderOne(ReportRenderer renderer, Report r, CliMessages m, OutputStream out)
            throws IOException {
        Optional<Path> workbook = r.input().path().map(Path::of).filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.xlsx?"));
        if (renderer.name().equals("xlsx") && workbook.isPresent()) {
            AnnotatedWorkbook.write(r, Files.readAllBytes(workbook.get()), m.locale(), out);
        } else {
            renderer.render(r, m.locale(), out);
        }
    }

    private void write(List<Report> reports, List<BatchItem> items, CliMessages m) throws IOException {
        ReportRenderer renderer = ReportRenderer.byName(format.name()).orElseThrow();
        if (outputDir != null) {
            Map<String, String> links = new LinkedHashMap<>();
            Map<String, String> names = Batch.reportNames(files, reports.stream()
                    .map(r -> r.input().path().orElse(r.input().edition())).toList());
            for (Report r : reports) {
                String rel = names.get(r.input().path().orElse(r.input().edition())) + "." + renderer.extension();
                Path target = outputDir.resolve(rel);
                try (OutputStream out = Outputs.open(target, root.out(), m)) {
                    renderOne(renderer, r, m, out);
                }
                links.put(r.input().path().orElse(r.input().edition()), rel);
            }
            BatchSummary summary = BatchSummary.of(items, links);
            try (OutputStream out = Outputs.open(outputDir.resolve("summary.json"), root.out(), m)) {
                SummaryRenderer.byName("json").orElseThrow().render(summary, m.locale(), out);
            }
            try (OutputStream out = Outputs.open(outputDir.resolve("index.html"), root.out(), m)) {
                SummaryRenderer.byName("html").orElseThrow().render(summary, m.locale(), out);
            }
            SummaryRenderer.byName("text").orElseThrow().render(summary, m.locale(), root.out());
            root.out().flush();
            if (output == null) {
                return;
            }
        }
        if (format == ReportFormat.xlsx) {
            Outputs.refuseBinaryOnTerminal(output, m);
        }
        try (OutputStream out = Outputs.open(output, root.out(), m)) {
            if (reports.size() == 1) {
                renderOne(renderer, reports.get(0), m, out);
            } else {
                renderer.renderAll(reports, m.locale(), out);
            }
            if (outputDir == null && output == null && format == ReportFormat.text && items.size() > 1) {
                out.write('\n');
                SummaryRenderer.byName("text").orElseThrow().render(BatchSummary.of(items, Map.of()), m.locale(),
                        out);
            }
        }
    }
}
