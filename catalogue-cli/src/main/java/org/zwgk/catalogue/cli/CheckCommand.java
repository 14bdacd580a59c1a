package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.json.ParsedCatalogue;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: checks catalogue files against their parent (the national edition by default) and prints one
 * report per file. With no file it checks the bundled example {@value #EXAMPLE} and says so on stderr.
 * Exit code 0 when nothing reaches {@code --fail-on}, 1 when something does, 2 when an input could not be read
 * (the readable inputs are still checked and reported).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CheckCommand implements Callable<Integer> {

    /** The bundled catalogue checked when no file is named: a county example with typical shortfalls. */
    static final String EXAMPLE = "sample-county-shortfalls";

    /** The report forms {@code check} writes. */
    enum ReportFormat { text, json, csv, junit, sarif }

    /** The severity from which the run fails. */
    enum FailOn { error, warning, never }

    @ParentCommand
    private RootCommand root;

    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "param.files")
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

    @Option(names = "--format", paramLabel = "text|json|csv|junit|sarif", descriptionKey = "option.check.format",
            defaultValue = "text")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", descriptionKey = "option.fail-on",
            defaultValue = "error")
    private FailOn failOn;

    @Option(names = "--min-score", paramLabel = "N", descriptionKey = "option.min-score")
    private Integer minScore;

    @Override
    public Integer call() throws IOException {
        CliMessages m = root.messages();
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new CliException(m.format("cli.min-score.invalid", minScore), ExitCodes.BAD_INPUT);
        }
        Checker checker = checker(m);
        List<Report> reports = new ArrayList<>();
        boolean unreadable = false;
        if (files.isEmpty()) {
            root.err().println(m.format("cli.check.example", EXAMPLE));
            reports.add(checker.check(example()));
        }
        for (Path file : files) {
            try {
                ReadResult read = Inputs.read(file, m);
                Inputs.reportProblems(read.problems(), m, root.err());
                unreadable |= !read.problems().isEmpty();
                reports.add(checker.check(CheckInput.of(read, file.toString(), sha256(file))));
            } catch (CliException e) {
                root.err().println(e.getMessage());
                unreadable = true;
            }
        }
        write(reports, m);
        if (unreadable) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = failOn != FailOn.never && reports.stream()
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
                throw new CliException(e.problems().stream().map(p -> p.describe(m.locale()))
                        .collect(Collectors.joining(System.lineSeparator())), ExitCodes.BAD_INPUT);
            }
        }
        return b.build();
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
                Optional.of(hex(json.getBytes(StandardCharsets.UTF_8))), parsed.problems());
    }

    private void write(List<Report> reports, CliMessages m) throws IOException {
        ReportRenderer renderer = ReportRenderer.byName(format.name()).orElseThrow();
        try (OutputStream out = Outputs.open(output, root.out(), m)) {
            if (reports.size() == 1) {
                renderer.render(reports.get(0), m.locale(), out);
            } else {
                renderer.renderAll(reports, m.locale(), out);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        return hex(Files.readAllBytes(file));
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
