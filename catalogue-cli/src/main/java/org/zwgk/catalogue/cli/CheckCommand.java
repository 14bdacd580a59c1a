package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.CheckRequestException;
import org.zwgk.catalogue.rules.CheckRun;
import org.zwgk.catalogue.rules.FailOn;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.SummaryRenderer;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Verdict;
import org.zwgk.catalogue.rules.Waivers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: checks catalogue files and folders against their parent (the national edition by default), through
 * the library's one check workflow ({@link CheckRun}). Folders are searched recursively for every format the readers
 * take, and every file skipped is listed; inputs are read and checked in parallel on all cores, and reported in path
 * order. With no file it checks the bundled example {@value #EXAMPLE} and says so on stderr. Exit code 0 when nothing
 * reaches {@code --fail-on} and every score reaches {@code --min-score}, 1 otherwise (an input that cannot be read
 * while others can fails the run too), 2 when nothing could be checked (stdout then stays empty). Read warnings are
 * printed on stderr and appear in every report; they never change the exit code.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

    /** The bundled catalogue checked when no file is named: a county example with typical shortfalls. */
    static final String EXAMPLE = "sample-county-shortfalls";

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

    @Option(names = "--registry", paramLabel = "FILE", descriptionKey = "option.registry")
    private List<Path> registryOverlays = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "option.profile")
    private Path profile;

    @Option(names = "--format", paramLabel = "text|json|html|xlsx|sarif|junit|csv", descriptionKey = "option.check.format",
            defaultValue = "text")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", descriptionKey = "option.output-dir")
    private Path outputDir;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", descriptionKey = "option.fail-on",
            defaultValue = "error")
    private String failOn;

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
        CheckRequest.Builder request = settings(m);
        if (files.isEmpty()) {
            root.err().println(m.format("cli.check.example", EXAMPLE));
            request.input(example());
        } else {
            request.paths(files);
        }
        CheckRun run;
        try {
            run = CheckRun.of(request.build(), progress(m));
        } catch (CheckRequestException e) {
            if (e.problem().messageId().equals("check.no-input")) {
                // Nothing to check at all: every folder named held nothing to check.
                files.stream().filter(Files::isDirectory)
                        .forEach(dir -> root.err().println(m.format("cli.check.empty-dir", dir)));
            }
            throw new CliException(e.problem().message(m.locale()), ExitCodes.BAD_INPUT);
        }
        if (root.errIsTerminal()) {
            root.err().print("\r\033[K");
            root.err().flush();
        }
        for (Path dir : run.emptyDirectories()) {
            root.err().println(m.format("cli.check.empty-dir", dir));
        }
        for (BatchItem item : run.items()) {
            List<Problem> problems = item.failure().map(List::of)
                    .orElseGet(() -> item.report().orElseThrow().input().problems());
            problems.forEach(p -> root.err().println(p.describe(m.locale())));
        }
        Verdict verdict = run.verdict();
        if (verdict.status() == Verdict.Status.NOTHING_CHECKED) {
            // Nothing was checked: the reasons are on stderr, and stdout stays empty whatever the format.
            return verdict.exitCode();
        }
        write(run, m);
        if (writeBaseline != null) {
            try (OutputStream out = Outputs.open(writeBaseline, root.out(), m)) {
                Baseline.of(run.reports()).write(out);
            }
            root.err().println(m.format("cli.check.baseline-written", run.reports().stream()
                    .mapToInt(r -> r.countingFindings().size()).sum(), writeBaseline));
        }
        for (Problem reason : verdict.reasons()) {
            if (reason.messageId().equals("verdict.below-min-score")) {
                List<String> a = reason.arguments();
                root.err().println(m.format("cli.check.below-min-score", a.get(0), a.get(1), a.get(2)));
            }
        }
        return verdict.exitCode();
    }

    /** Progress on stderr, one updating line, only when stderr is a terminal (never in logs or pipes). */
    private CheckRun.Progress progress(CliMessages m) {
        if (!root.errIsTerminal()) {
            return (item, done, total) -> { };
        }
        return (item, done, total) -> {
            synchronized (root.err()) {
                root.err().print("\r\033[K" + m.format("cli.check.progress", done, total, item.path()));
                root.err().flush();
            }
        };
    }

    /** The request's settings from the options; a bad value fails with exit code 2 and a one-line reason. */
    private CheckRequest.Builder settings(CliMessages m) {
        if (!CheckRequest.isReportFormat(format)) {
            throw new CliException(m.format("cli.format.invalid", format), ExitCodes.BAD_INPUT);
        }
        FailOn threshold = FailOn.parse(failOn).orElseThrow(
                () -> new CliException(m.format("cli.fail-on.invalid", failOn), ExitCodes.BAD_INPUT));
        CheckRequest.Builder b = CheckRequest.builder().formats(List.of(format))
                // A run that records the baseline accepts today's findings; only the score gate still applies.
                .failOn(writeBaseline != null ? FailOn.NEVER : threshold);
        if (minScore != null) {
            b.minScore(minScore);
        }
        if (Editions.byId(parent).isPresent()) {
            b.parentEdition(parent);
        } else if (Files.isRegularFile(Path.of(parent))) {
            b.parent(InputFile.of(Path.of(parent)));
        } else {
            String known = Editions.list().stream().map(e -> e.id()).collect(Collectors.joining(", "));
            throw new CliException(m.format("cli.parent.unknown", parent, known), ExitCodes.BAD_INPUT);
        }
        if (level != null) {
            b.level(AdministrativeLevel.parse(level).orElseThrow(
                    () -> new CliException(m.format("cli.level.invalid", level), ExitCodes.BAD_INPUT)));
        }
        try {
            b.asOf(asOf == null ? CheckRequest.today() : LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new CliException(m.format("cli.date.invalid", asOf), ExitCodes.BAD_INPUT);
        }
        try {
            LegalRegistry registry = LegalRegistry.bundled();
            for (Path overlay : registryOverlays) {
                registry = registry.withOverlay(RegistryOverlay.read(overlay));
            }
            b.registry(registry);
        } catch (RegistryOverlayException e) {
            throw problems(e.problems(), m);
        }
        try {
            if (profile != null) {
                b.profile(Profile.read(profile));
            }
        } catch (ProfileException e) {
            throw problems(e.problems(), m);
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
        return b;
    }

    private static CliException problems(List<Problem> problems, CliMessages m) {
        return new CliException(problems.stream().map(p -> p.describe(m.locale()))
                .collect(Collectors.joining(System.lineSeparator())), ExitCodes.BAD_INPUT);
    }

    /** The bundled example as its canonical JSON, so that findings point at JSON pointers. */
    private static InputFile example() {
        String json = CatalogueJson.write(Editions.byId(EXAMPLE).orElseThrow());
        return InputFile.of(EXAMPLE + ".json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void write(CheckRun run, CliMessages m) throws IOException {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (outputDir != null) {
            BatchSummary summary;
            try {
                summary = run.writeDirectory(outputDir, m.locale());
            } catch (IOException e) {
                throw new CliException(m.format("cli.output.unwritable", outputDir, e.getMessage()),
                        ExitCodes.BAD_INPUT);
            }
            SummaryRenderer.byName("text").orElseThrow().render(summary, m.locale(), root.out());
            root.out().flush();
            if (output == null) {
                return;
            }
        }
        if (name.equals("xlsx")) {
            Outputs.refuseBinaryOnTerminal(output, m);
        }
        try (OutputStream out = Outputs.open(output, root.out(), m)) {
            run.renderAll(name, m.locale(), out);
            if (outputDir == null && output == null && name.equals("text") && run.items().size() > 1) {
                out.write('\n');
                SummaryRenderer.byName("text").orElseThrow().render(run.summary(Map.of()), m.locale(), out);
            }
        }
    }
}
