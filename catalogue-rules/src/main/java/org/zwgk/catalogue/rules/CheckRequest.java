package org.zwgk.catalogue.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.model.AdministrativeLevel;

/**
 * What a check is asked to do, the same for every front end (command line, Maven plugin, web checker): the inputs,
 * the parent they are checked against, the check's settings, the report formats and when the check fails. Immutable;
 * made by {@link #builder()} and run by {@link CheckRun#of(CheckRequest)}.
 *
 * <pre>{@code
 * CheckRun run = CheckRun.of(CheckRequest.builder()
 *         .input(InputFile.of(Path.of("county.xlsx")))
 *         .level(AdministrativeLevel.COUNTY)
 *         .formats(List.of("json"))
 *         .build());
 * }</pre>
 *
 * @param paths         files and folders to check; a folder is searched for every format the readers take
 * @param files         files or uploaded bytes to check, each with the name reports show
 * @param parentEdition the bundled edition checked against when there is no {@code parentFile}
 * @param parentFile    the parent's own catalogue file, e.g. a municipal bureau's workbook
 * @param level         the checked catalogues' administrative level, when not read from them
 * @param asOf          the date legal status is judged on; today in China by default
 * @param registry      the legal registry citations are judged by: the bundled one, or it with overlays laid over
 *                      it ({@link LegalRegistry#withOverlay})
 * @param profile       rule switches and severities
 * @param baseline      findings accepted as they were recorded
 * @param waivers       findings accepted for a stated reason until a date
 * @param formats       report formats by short name ({@link ReportRenderer#byName(String)}), in order, no repeats
 * @param failOn        the severity from which the check fails
 * @param minScore      the lowest acceptable score, 0–100
 * @param limits        bounds on every read
 * @param threads       how many inputs are read and checked at once
 * @param shownFrom     files found under this directory are named in reports by their path relative to it (a
 *                      build names them relative to the project); others by their path as given
 * @param keepInputs    whether the run keeps what was read of each input ({@link CheckRun#input(BatchItem)}), e.g.
 *                      for a page that shows the catalogue as read; off by default, because a batch would then hold
 *                      every catalogue and its cell locations until the run is dropped
 */
public record CheckRequest(List<Path> paths, List<InputFile> files, String parentEdition, Optional<InputFile> parentFile,
        Optional<AdministrativeLevel> level, LocalDate asOf, LegalRegistry registry, Optional<Profile> profile, Optional<Baseline> baseline,
        Optional<Waivers> waivers, List<String> formats, FailOn failOn, Optional<Integer> minScore, ReadLimits limits,
        int threads, Optional<Path> shownFrom, boolean keepInputs) {

    /** The zone whose calendar date a check is as of by default: China's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public CheckRequest {
        paths = List.copyOf(paths);
        files = List.copyOf(files);
        Objects.requireNonNull(parentEdition, "parentEdition");
        Objects.requireNonNull(parentFile, "parentFile");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(waivers, "waivers");
        formats = List.copyOf(formats);
        for (String f : formats) {
            if (ReportRenderer.byName(f).isEmpty()) {
                throw new IllegalArgumentException("unknown report format: " + f);
            }
        }
        if (formats.stream().distinct().count() != formats.size()) {
            throw new IllegalArgumentException("a report format is named twice: " + formats);
        }
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(minScore, "minScore");
        if (minScore.isPresent() && (minScore.get() < 0 || minScore.get() > 100)) {
            throw new IllegalArgumentException("the minimum score is 0-100: " + minScore.get());
        }
        Objects.requireNonNull(limits, "limits");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        Objects.requireNonNull(shownFrom, "shownFrom");
    }

    /** The name reports show for a file found under {@link #paths()}. */
    InputFile found(Path file) {
        if (shownFrom.isPresent()) {
            Path base = shownFrom.get().toAbsolutePath().normalize();
            Path abs = file.toAbsolutePath().normalize();
            if (abs.startsWith(base) && !abs.equals(base)) {
                return InputFile.of(file, base.relativize(abs).toString().replace('\\', '/'));
            }
        }
        return InputFile.of(file);
    }

    /** Today's date in China, the default {@link #asOf()}. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** True when {@code name} is a report format ({@code text}, {@code json}, {@code html}, …), in any case. */
    public static boolean isReportFormat(String name) {
        return ReportRenderer.byName(name.trim().toLowerCase(Locale.ROOT)).isPresent();
    }

    /** A request with no input yet, against the national edition, as of today, failing on errors, json reports. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CheckRequest}; every setter returns the builder. */
    public static final class Builder {
        private final List<Path> paths = new ArrayList<>();
        private final List<InputFile> files = new ArrayList<>();
        private String parentEdition = Editions.NATIONAL_ID;
        private InputFile parentFile;
        private AdministrativeLevel level;
        private LocalDate asOf;
        private LegalRegistry registry;
        private Profile profile;
        private Baseline baseline;
        private Waivers waivers;
        private List<String> formats = List.of("json");
        private FailOn failOn = FailOn.ERROR;
        private Integer minScore;
        private ReadLimits limits = ReadLimits.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path shownFrom;
        private boolean keepInputs;

        private Builder() {
        }

        /** Adds files and folders; a folder is searched recursively. */
        public Builder paths(List<Path> more) {
            paths.addAll(more);
            return this;
        }

        /** Adds one file or upload. */
        public Builder input(InputFile file) {
            files.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds files or uploads. */
        public Builder inputs(List<InputFile> more) {
            more.forEach(this::input);
            return this;
        }

        /** Checks against a bundled edition (the national one by default). */
        public Builder parentEdition(String id) {
            parentEdition = Objects.requireNonNull(id, "id");
            parentFile = null;
            return this;
        }

        /** Checks against the parent's own catalogue file. */
        public Builder parent(InputFile file) {
            parentFile = Objects.requireNonNull(file, "file");
            return this;
        }

        public Builder level(AdministrativeLevel value) {
            level = value;
            return this;
        }

        public Builder asOf(LocalDate date) {
            asOf = date;
            return this;
        }

        public Builder profile(Profile value) {
            profile = value;
            return this;
        }

        public Builder baseline(Baseline value) {
            baseline = value;
            return this;
        }

        public Builder waivers(Waivers value) {
            waivers = value;
            return this;
        }

        /** The report formats by short name, lower case; repeats are dropped. */
        public Builder formats(List<String> names) {
            formats = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty())
                    .distinct().toList();
            return this;
        }

        public Builder failOn(FailOn value) {
            failOn = Objects.requireNonNull(value, "failOn");
            return this;
        }

        /** The legal registry (default: the bundled one), e.g. with an administrator's overlay laid over it. */
        public Builder registry(LegalRegistry value) {
            registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        public Builder minScore(int score) {
            minScore = score;
            return this;
        }

        public Builder limits(ReadLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public Builder threads(int count) {
            threads = count;
            return this;
        }

        /** Names files found under {@code base} by their path relative to it, e.g. a project's directory. */
        public Builder shownFrom(Path base) {
            shownFrom = Objects.requireNonNull(base, "base");
            return this;
        }

        /** Keeps what was read of each input in the run, for {@link CheckRun#input(BatchItem)}. */
        public Builder keepInputs(boolean keep) {
            keepInputs = keep;
            return this;
        }

        /** The request; {@link IllegalArgumentException} for an unknown format or a score outside 0–100. */
        public CheckRequest build() {
            return new CheckRequest(paths, files, parentEdition, Optional.ofNullable(parentFile),
                    Optional.ofNullable(level), asOf == null ? today() : asOf,
                    registry == null ? LegalRegistry.bundled() : registry, Optional.ofNullable(profile),
                    Optional.ofNullable(baseline), Optional.ofNullable(waivers), formats, failOn,
                    Optional.ofNullable(minScore), limits, threads, Optional.ofNullable(shownFrom), keepInputs);
        }
    }
}
