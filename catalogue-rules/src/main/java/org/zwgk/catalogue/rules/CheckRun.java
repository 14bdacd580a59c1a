package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.RuleMessages;

/**
 * The one check workflow every front end runs: resolve the parent, build the checker, find, read and check the
 * inputs in parallel, then render the reports and decide the verdict. The command line, the Maven plugin and the
 * web checker differ only in how they take a {@link CheckRequest} and where they deliver what a run returns.
 *
 * <pre>{@code
 * CheckRun run = CheckRun.of(CheckRequest.builder().input(InputFile.of(Path.of("county.xlsx"))).build());
 * run.renderAll("json", Locale.SIMPLIFIED_CHINESE, System.out);
 * System.exit(run.verdict().exitCode());
 * }</pre>
 */
public final class CheckRun {

    private final CheckRequest request;
    private final List<BatchItem> items;
    private final Map<Report, InputFile> sourceOf = new IdentityHashMap<>();
    private final Map<BatchItem, CheckInput> inputOf = new IdentityHashMap<>();
    private final Batch.Walk walk;

    private CheckRun(CheckRequest request, List<InputFile> sources, Batch.Walk walk, List<Batch.Checked> checked) {
        this.request = request;
        this.walk = walk;
        this.items = checked.stream().map(Batch.Checked::item).toList();
        for (int i = 0; i < checked.size(); i++) {
            InputFile source = sources.get(i);
            BatchItem item = checked.get(i).item();
            item.report().ifPresent(r -> sourceOf.put(r, source));
            checked.get(i).input().ifPresent(in -> inputOf.put(item, in));
        }
    }

    /** Runs {@code request}. */
    public static CheckRun of(CheckRequest request) throws CheckRequestException {
        return of(request, (item, done, total) -> { });
    }

    /**
     * Told of each input as it is checked, from the thread that checked it (the caller's own when the request has
     * one thread or one input).
     */
    @FunctionalInterface
    public interface Progress {
        /** {@code item} is done; {@code done} of {@code total} inputs are. */
        void checked(BatchItem item, int done, int total);
    }

    /**
     * Runs {@code request}; {@code progress} is told of each input as it is checked, from the thread that checked it.
     * Fails when the parent cannot be had or there is nothing to check; an input that cannot be read is a
     * {@link BatchItem#failure()}, and the others are still checked.
     */
    public static CheckRun of(CheckRequest request, Progress progress) throws CheckRequestException {
        return of(request, checker(request), progress);
    }

    /**
     * The checker {@code request} describes: its parent resolved (read, when it is a file) and the request's level,
     * date, registry, profile, baseline and waivers applied. Building one works out the parent's facts; a front end
     * that runs many requests against the same parent and settings keeps the checker and passes it to
     * {@link #of(CheckRequest, Checker, Progress)}. Fails when the parent cannot be had.
     */
    public static Checker checker(CheckRequest request) throws CheckRequestException {
        return checker(request, parent(request));
    }

    /**
     * Runs {@code request} with {@code checker}, which {@link #checker(CheckRequest)} built for a request with the
     * same parent and settings; the request's own parent, profile, baseline and waivers are then not looked at.
     * {@link IllegalArgumentException} when the checker's date, level or registry are not the request's.
     */
    public static CheckRun of(CheckRequest request, Checker checker, Progress progress) throws CheckRequestException {
        if (!checker.asOf().equals(request.asOf()) || !checker.level().equals(request.level())
                || checker.registry() != request.registry()) {
            throw new IllegalArgumentException("the checker was built for another date, level or registry than the "
                    + "request's");
        }
        Batch.Walk walk;
        try {
            walk = Batch.walk(request.paths());
        } catch (IOException e) {
            throw new CheckRequestException(RuleMessages.problem("batch.unreadable",
                    SourceLocation.ofFile(String.valueOf(request.paths())), request.paths(),
                    e.getClass().getSimpleName()));
        }
        List<InputFile> inputs = new ArrayList<>(request.files());
        walk.files().forEach(p -> inputs.add(request.found(p)));
        if (inputs.isEmpty()) {
            throw new CheckRequestException(RuleMessages.problem("check.no-input", SourceLocation.ofFile(
                    request.paths().isEmpty() ? "-" : request.paths().get(0).toString())));
        }
        AtomicInteger done = new AtomicInteger();
        List<Batch.Checked> checked = Batch.check(checker, inputs, request.limits(), request.threads(),
                item -> progress.checked(item, done.incrementAndGet(), inputs.size()), request.keepInputs());
        return new CheckRun(request, inputs, walk, checked);
    }

    private static Catalogue parent(CheckRequest request) throws CheckRequestException {
        if (request.parentFile().isPresent()) {
            try {
                return CheckInput.read(request.parentFile().get(), request.limits()).catalogue();
            } catch (UnreadableInputException e) {
                throw new CheckRequestException(e.problem());
            }
        }
        Optional<Catalogue> edition = Editions.byId(request.parentEdition());
        if (edition.isEmpty()) {
            String known = String.join(", ", Editions.list().stream().map(e -> e.id()).toList());
            throw new CheckRequestException(RuleMessages.problem("check.parent.unknown",
                    SourceLocation.ofFile(request.parentEdition()), request.parentEdition(), known));
        }
        return edition.get();
    }

    private static Checker checker(CheckRequest request, Catalogue parent) {
        Checker.Builder b = Checker.against(parent).asOf(request.asOf()).registry(request.registry());
        request.level().ifPresent(b::level);
        request.profile().ifPresent(b::profile);
        request.waivers().ifPresent(b::waivers);
        request.baseline().ifPresent(b::baseline);
        return b.build();
    }

    private Verdict decide() {
        List<Problem> reasons = new ArrayList<>();
        for (BatchItem item : items) {
            if (item.failure().isPresent()) {
                Problem p = item.failure().get();
                reasons.add(RuleMessages.problem("verdict.unreadable", p.location(), item.path(),
                        p.message(Locale.SIMPLIFIED_CHINESE)));
                continue;
            }
            Report r = item.report().orElseThrow();
            SourceLocation at = SourceLocation.ofFile(item.path());
            if (request.failOn().reachedBy(r)) {
                reasons.add(RuleMessages.problem("verdict.reaches", at, item.path(), r.errors(), r.warnings(),
                        r.infos(), request.failOn()));
            }
            if (request.minScore().isPresent() && r.score().value() < request.minScore().get()) {
                reasons.add(RuleMessages.problem("verdict.below-min-score", at, item.path(), r.score().value(),
                        request.minScore().get()));
            }
        }
        Verdict.Status status = sourceOf.isEmpty() ? Verdict.Status.NOTHING_CHECKED
                : reasons.isEmpty() ? Verdict.Status.PASSED : Verdict.Status.FAILED;
        return new Verdict(status, reasons);
    }

    /** What was asked. */
    public CheckRequest request() {
        return request;
    }

    /** One item per input, in input order (uploads first, then the files found, by path). */
    public List<BatchItem> items() {
        return items;
    }

    /**
     * What was read of {@code item} (one of {@link #items()}): the catalogue as the reader understood it, where each
     * category and field was read, and the reader's problems. Present when the request kept inputs
     * ({@link CheckRequest.Builder#keepInputs(boolean)}) and the item could be read.
     */
    public Optional<CheckInput> input(BatchItem item) {
        return Optional.ofNullable(inputOf.get(item));
    }

    /** The reports of the inputs that could be read, in input order. */
    public List<Report> reports() {
        return items.stream().flatMap(i -> i.report().stream()).toList();
    }

    /** Files beneath the folders named that were not checked, with why. */
    public List<SkippedFile> skipped() {
        return walk.skipped();
    }

    /** Folders named that held no file to check. */
    public List<Path> emptyDirectories() {
        return walk.emptyDirectories();
    }

    /**
     * Passed, failed (with a reason per input), or nothing checked; worked out when asked (the web checker never
     * asks: formatting the reasons was 5% of the check's CPU in a review round's re-check).
     */
    public Verdict verdict() {
        return decide();
    }

    /** The summary of the run: reports ranked, inputs that could not be read, files skipped. */
    public BatchSummary summary(Map<String, String> links) {
        return BatchSummary.withSkipped(items, links, walk.skipped());
    }

    /**
     * Writes {@code report} of this run in {@code format}; the xlsx renderer decides by the input whether it returns
     * the user's own workbook annotated.
     */
    public void render(String format, Report report, Locale locale, OutputStream out) throws IOException {
        InputFile source = sourceOf.get(report);
        ReportRenderer renderer = renderer(format);
        if (source == null) {
            renderer.render(report, locale, out);
        } else {
            renderer.render(report, source, locale, out);
        }
    }

    /** Writes every report of this run as one document in {@code format} (one report: as {@link #render}). */
    public void renderAll(String format, Locale locale, OutputStream out) throws IOException {
        List<Report> reports = reports();
        if (reports.size() == 1) {
            render(format, reports.get(0), locale, out);
        } else {
            renderer(format).renderAll(reports, locale, out);
        }
    }

    /**
     * Writes a report per input and requested format into {@code dir} (named by {@link Batch#reportNames}), and
     * the run's {@code summary.json} and {@code index.html}, whose rows link each input's html report when html was
     * asked for, else its first format's. Returns the summary.
     */
    public BatchSummary writeDirectory(Path dir, Locale locale) throws IOException {
        Files.createDirectories(dir);
        List<Report> reports = reports();
        List<String> keys = new ArrayList<>();
        for (Report r : reports) {
            keys.add(nameKey(r));
        }
        Map<String, String> names = Batch.reportNames(request.paths(), keys);
        List<String> formats = request.formats();
        String linked = formats.contains("html") ? "html" : formats.isEmpty() ? null : formats.get(0);
        Map<String, String> links = new LinkedHashMap<>();
        for (String format : formats) {
            ReportRenderer renderer = renderer(format);
            for (Report r : reports) {
                String rel = names.get(nameKey(r)) + "." + renderer.extension();
                Path target = dir.resolve(rel);
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    render(format, r, locale, out);
                }
                if (format.equals(linked)) {
                    links.put(r.input().path().orElse(r.input().edition()), rel);
                }
            }
        }
        BatchSummary summary = summary(links);
        try (OutputStream out = Files.newOutputStream(dir.resolve("summary.json"))) {
            SummaryRenderer.byName("json").orElseThrow().render(summary, locale, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("index.html"))) {
            SummaryRenderer.byName("html").orElseThrow().render(summary, locale, out);
        }
        return summary;
    }

    /** The path a report file is named after: the input's own path when it has one, else its display name. */
    private String nameKey(Report r) {
        InputFile source = sourceOf.get(r);
        if (source != null && source.path().isPresent()) {
            return source.path().get().toString();
        }
        return r.input().path().orElse(r.input().edition());
    }

    private static ReportRenderer renderer(String format) {
        return ReportRenderer.byName(format.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown report format: " + format));
    }
}
