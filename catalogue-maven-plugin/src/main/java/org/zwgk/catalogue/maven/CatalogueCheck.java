package org.zwgk.catalogue.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.CheckRequestException;
import org.zwgk.catalogue.rules.CheckRun;
import org.zwgk.catalogue.rules.FailOn;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waivers;

/**
 * What the {@code check} goal does, free of Maven so that it is unit-tested directly: it turns the goal's parameters
 * into a {@link CheckRequest}, runs the library's one check workflow ({@link CheckRun}) and says what it came to in
 * the build's log. Files are named in reports and logs by their path relative to the project.
 */
public final class CatalogueCheck {

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
     * input cannot be read; the readable inputs' reports are written first, as the command line does. Reading
     * problems of a readable input are logged as warnings and are in its reports; they do not fail the build.
     */
    public Outcome run() throws CheckException, IOException {
        CheckRun run;
        try {
            run = CheckRun.of(request());
        } catch (CheckRequestException e) {
            if (e.problem().messageId().equals("check.no-input")) {
                for (Path dir : options.files()) {
                    if (dir.toFile().isDirectory()) {
                        warn.accept(m.format("check.empty-dir", shown(dir)));
                    }
                }
                throw new CheckException(m.format("check.no-input", options.files().stream().map(this::shown)
                        .collect(Collectors.joining(", "))));
            }
            throw new CheckException(e.problem().describe(m.locale()));
        }
        run.emptyDirectories().forEach(dir -> warn.accept(m.format("check.empty-dir", shown(dir))));
        List<String> unreadable = new ArrayList<>();
        for (BatchItem item : run.items()) {
            if (item.failure().isPresent()) {
                unreadable.add(item.failure().get().describe(m.locale()));
                continue;
            }
            Report r = item.report().orElseThrow();
            r.input().problems().forEach(p -> warn.accept(p.describe(m.locale())));
            info.accept(m.format("check.file", item.path(),
                    m.library("report.summary", r.errors(), r.warnings(), r.infos()),
                    m.library("report.score", r.score().value(), r.score().coverageText(), r.score().met(),
                            r.score().expected())));
        }
        run.writeDirectory(options.outputDirectory(), m.locale());
        info.accept(m.format("check.reports", shown(options.outputDirectory())));
        if (!unreadable.isEmpty()) {
            throw new CheckException(m.format("check.unreadable", lines(unreadable)));
        }
        List<String> failures = new ArrayList<>();
        for (Problem reason : run.verdict().reasons()) {
            List<String> a = reason.arguments();
            if (reason.messageId().equals("verdict.reaches")) {
                failures.add(m.format("check.reaches", a.get(0), a.get(1), a.get(2), a.get(3), a.get(4)));
            } else if (reason.messageId().equals("verdict.below-min-score")) {
                failures.add(m.format("check.below-min-score", a.get(0), a.get(1), a.get(2)));
            }
        }
        return new Outcome(run.reports(), failures);
    }

    /** The message of the build failure for an outcome that did not pass. */
    public String failureMessage(Outcome outcome) {
        return m.format("check.failed", lines(outcome.failures()));
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(l -> System.lineSeparator() + "  " + l).collect(Collectors.joining());
    }

    /** The goal's parameters as a request; a bad value fails with a localized message. */
    private CheckRequest request() throws CheckException {
        FailOn failOn = FailOn.parse(options.failOn())
                .orElseThrow(() -> new CheckException(m.format("param.fail-on.invalid", options.failOn())));
        for (String format : options.formats()) {
            if (!format.isBlank() && !CheckRequest.isReportFormat(format)) {
                throw new CheckException(m.format("param.format.invalid", format));
            }
        }
        CheckRequest.Builder b = CheckRequest.builder().paths(options.files()).formats(options.formats())
                .failOn(failOn).shownFrom(options.baseDirectory());
        if (options.minScore().isPresent()) {
            int score = options.minScore().get();
            if (score < 0 || score > 100) {
                throw new CheckException(m.format("param.min-score.invalid", score));
            }
            b.minScore(score);
        }
        if (Editions.byId(options.parent()).isPresent()) {
            b.parentEdition(options.parent());
        } else {
            Path file = options.baseDirectory().resolve(options.parent());
            if (!file.toFile().isFile()) {
                String known = Editions.list().stream().map(e -> e.id()).collect(Collectors.joining(", "));
                throw new CheckException(m.format("param.parent.unknown", options.parent(), known));
            }
            b.parent(InputFile.of(file, shown(file)));
        }
        if (options.level().isPresent()) {
            String level = options.level().get();
            b.level(AdministrativeLevel.parse(level)
                    .orElseThrow(() -> new CheckException(m.format("param.level.invalid", level))));
        }
        try {
            b.asOf(options.asOf().isEmpty() ? CheckRequest.today() : LocalDate.parse(options.asOf().get().trim()));
        } catch (DateTimeParseException e) {
            throw new CheckException(m.format("param.date.invalid", options.asOf().get()));
        }
        try {
            LegalRegistry registry = LegalRegistry.bundled();
            for (Path overlay : options.registry()) {
                registry = registry.withOverlay(RegistryOverlay.read(overlay));
            }
            b.registry(registry);
        } catch (RegistryOverlayException e) {
            throw problems(e.problems());
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

    /** A path as the user wrote it: relative to the project when inside it, so logs stay short. */
    private String shown(Path p) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : p.toString();
    }
}
