package org.zwgk.catalogue.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.DeclaredShape;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Alignment;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Waivers;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Coverage;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SkippedComparison;
import org.zwgk.catalogue.model.CategoryField;

/** Runs one check: align, run every enabled rule, assemble the report. Holds no state between checks. */
public final class Engine {

    /** The reader's problem id for a required field whose column the file lacks. */
    private static final String MISSING_COLUMN = "io.column.missing";

    /** The library version, as built. */
    public static final String VERSION = loadVersion();

    private Engine() {
    }

    /** Checks {@code input} against {@code parent}. */
    public static Report check(ParentFacts facts, CheckInput input, Optional<AdministrativeLevel> givenLevel,
            Profile profile, Waivers waivers, Optional<Baseline> baseline) {
        Report report = check(facts, input, givenLevel, profile);
        return waivers.list().isEmpty() && baseline.isEmpty() ? report
                : Suppressor.apply(report, waivers, baseline);
    }

    /** Checks {@code input} against {@code parent}, nothing suppressed. */
    public static Report check(ParentFacts facts, CheckInput input, Optional<AdministrativeLevel> givenLevel,
            Profile profile) {
        Catalogue parent = facts.parent();
        Catalogue child = input.catalogue();
        List<CategorySources> sources = input.sources();
        // A table of every domain of a unit: only this domain's rows are checked; the others are set aside and counted.
        Optional<OtherDomains> otherDomains = OtherDomains.of(parent, child, sources);
        if (otherDomains.isPresent()) {
            child = otherDomains.get().checked();
            sources = otherDomains.get().sources();
        }
        Optional<AdministrativeLevel> level = givenLevel.or(child::level);
        // The child's categories with their areas, sources and name keys, gathered once for the alignment and rules.
        ChildRows rows = ChildRows.of(child, sources, facts::key);
        Aligner.Result aligned = Aligner.align(facts, child, rows, level);
        Alignment alignment = aligned.alignment();
        CheckView view = new CheckView(facts, child, rows, alignment, level, missingColumns(input.problems()),
                otherDomains);
        List<Finding> findings = new ArrayList<>();
        List<SkippedComparison> skipped = new ArrayList<>();
        if (aligned.similarityCapped()) {
            skipped.add(new SkippedComparison("alignment", Optional.empty(), Optional.empty(),
                    CategoryField.NAME, "skip.similarity-capped", List.of(String.valueOf(aligned.unmatchedChildren()),
                            String.valueOf(aligned.unmatchedParents()), String.valueOf(Aligner.MAX_SIMILARITY_PAIRS))));
        }
        for (Rule rule : RuleSet.ALL) {
            String id = rule.info().id();
            if (profile.enables(id)) {
                Optional<Severity> override = Optional.ofNullable(profile.severities().get(id));
                rule.check(view, new Findings(rule.info(), override, view, findings, skipped));
            }
        }
        int transcribed = facts.categories().size();
        Optional<Integer> declared = parent.declaredShape().map(DeclaredShape::categories);
        int expected = transcribed - view.ofKind(MatchKind.NOT_EXPECTED).size();
        int present = view.paired().size();
        Coverage coverage = new Coverage(expected, present, view.ofKind(MatchKind.NOT_APPLICABLE).size(),
                view.ofKind(MatchKind.MISSING).size(), view.ofKind(MatchKind.ADDED).size(),
                declared.map(d -> Math.max(0, d - transcribed)).orElse(0));
        return new Report(new Report.Tool("zwgk-catalogue", VERSION, facts.registry().version()),
                new Report.Parent(parent.editionId(), parent.title(), transcribed, declared, parent.areas()),
                new Report.Input(input.path(), input.sha256(), child.editionId(), child.title(), input.problems()),
                facts.asOf(), level, profile.name(), coverage, alignment, findings, skipped);
    }

    /** Where the reader reported a required field's column missing ({@code io.column.missing}), by field. */
    private static Map<CategoryField, SourceLocation> missingColumns(List<Problem> problems) {
        Map<CategoryField, SourceLocation> out = new EnumMap<>(CategoryField.class);
        for (Problem p : problems) {
            if (p.messageId().equals(MISSING_COLUMN) && !p.arguments().isEmpty()) {
                // The reader names the field by its label, the one argument of its message.
                for (CategoryField field : CategoryField.values()) {
                    if (field.label().equals(p.arguments().get(0))) {
                        out.putIfAbsent(field, p.location());
                    }
                }
            }
        }
        return out;
    }

    private static String loadVersion() {
        Properties p = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("/org/zwgk/catalogue/rules/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
