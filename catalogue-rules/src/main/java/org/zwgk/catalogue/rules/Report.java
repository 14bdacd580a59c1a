package org.zwgk.catalogue.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.RegistryVersion;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.internal.score.Scoring;

/**
 * The result of checking one catalogue against its parent: findings, coverage, the alignment, every comparison
 * that was skipped, and provenance. Immutable; the same input gives an equal report, and the renderers turn an
 * equal report into the same bytes.
 *
 * @param tool      the tool that made the report
 * @param parent    the parent catalogue checked against
 * @param input     the checked input
 * @param checkedOn the date the legal status of cited instruments was judged on
 * @param level     the child's administrative level, as given or as read from the catalogue
 * @param profile   the profile's name
 * @param coverage  the coverage summary
 * @param alignment how child categories were paired with the parent's
 * @param findings  the active findings (not suppressed), rule by rule in rule order, each rule's in catalogue order
 * @param skipped   comparisons not made, with the reason
 * @param suppressed findings a baseline or waiver keeps out of {@code findings}, counted and listed in every format
 * @param waiversUsed the waivers that suppressed at least one finding
 * @param waiversExpired expired waivers that would otherwise have covered a finding (which is therefore active)
 */
public record Report(Tool tool, Parent parent, Input input, LocalDate checkedOn, Optional<AdministrativeLevel> level,
        String profile, Coverage coverage, Alignment alignment, List<Finding> findings,
        List<SkippedComparison> skipped, List<SuppressedFinding> suppressed, List<Waiver> waiversUsed,
        List<Waiver> waiversExpired) {

    public Report {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(alignment, "alignment");
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        suppressed = List.copyOf(suppressed);
        waiversUsed = List.copyOf(waiversUsed);
        waiversExpired = List.copyOf(waiversExpired);
    }

    /** A report with nothing suppressed. */
    public Report(Tool tool, Parent parent, Input input, LocalDate checkedOn, Optional<AdministrativeLevel> level,
            String profile, Coverage coverage, Alignment alignment, List<Finding> findings,
            List<SkippedComparison> skipped) {
        this(tool, parent, input, checkedOn, level, profile, coverage, alignment, findings, skipped, List.of(),
                List.of(), List.of());
    }

    /** How many findings are suppressed for {@code kind}. */
    public int suppressedCount(SuppressedFinding.Kind kind) {
        return (int) suppressed.stream().filter(s -> s.kind() == kind).count();
    }

    /** How many findings have {@code severity}. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The number of ERROR findings. */
    public int errors() {
        return count(Severity.ERROR);
    }

    /** The number of WARNING findings. */
    public int warnings() {
        return count(Severity.WARNING);
    }

    /** The number of INFO findings. */
    public int infos() {
        return count(Severity.INFO);
    }

    /** Findings per rule id, in id order. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    /** True when some finding is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().reaches(threshold));
    }

    /** The score and coverage percentage: see {@link Score} for the formula. */
    public Score score() {
        return Scoring.score(this, countingFindings());
    }

    /** Each parent category (in the parent's order), then each local addition, with its findings and points. */
    public List<CategoryResult> categoryResults() {
        return Scoring.results(this, countingFindings());
    }

    /**
     * The findings that count towards the score: the active ones, then those a baseline suppressed (a baseline
     * gates the pipeline; it does not make the catalogue better). Waived findings do not count.
     */
    public List<Finding> countingFindings() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        suppressed.stream().filter(s -> s.kind() == SuppressedFinding.Kind.BASELINE).map(SuppressedFinding::finding)
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * The tool that made the report, with the legal registry it judged citations by.
     *
     * @param name     {@code zwgk-catalogue}
     * @param version  the library version
     * @param registry the bundled registry's version and the overlays laid over it
     */
    public record Tool(String name, String version, RegistryVersion registry) {
        public Tool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(registry, "registry");
        }

        /** The tool with the bundled registry, no overlay. */
        public Tool(String name, String version) {
            this(name, version, LegalRegistry.bundled().version());
        }
    }

    /**
     * The parent catalogue.
     *
     * @param edition     its edition id
     * @param title       its title
     * @param transcribed categories the edition holds
     * @param declared    categories the parent declares (e.g. 25 for the national guideline), where known
     * @param areas       the parent's areas with their categories, in printed order (the rows of a coverage grid)
     */
    public record Parent(String edition, String title, int transcribed, Optional<Integer> declared,
            List<Area> areas) {
        public Parent {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(declared, "declared");
            areas = List.copyOf(areas);
        }

        /** A parent known only by its edition and counts, without its areas. */
        public Parent(String edition, String title, int transcribed, Optional<Integer> declared) {
            this(edition, title, transcribed, declared, List.of());
        }

        /** The area holding a parent category (by identity, else by equality). */
        public Optional<Area> areaOf(Category category) {
            return areas.stream().filter(a -> a.categories().stream().anyMatch(c -> c == category)).findFirst()
                    .or(() -> areas.stream().filter(a -> a.categories().contains(category)).findFirst());
        }
    }

    /**
     * The checked input.
     *
     * @param path     the path as the user gave it (never made absolute, so a report leaks nothing)
     * @param sha256   the SHA-256 of the file's bytes, hex
     * @param edition  the child's edition id
     * @param title    the child's title
     * @param problems problems the reader reported while reading it
     */
    public record Input(Optional<String> path, Optional<String> sha256, String edition, String title,
            List<Problem> problems) {
        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(title, "title");
            problems = List.copyOf(problems);
        }
    }
}
