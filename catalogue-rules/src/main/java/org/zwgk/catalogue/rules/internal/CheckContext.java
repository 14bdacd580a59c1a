package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Alignment;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SkippedComparison;

/**
 * Everything a rule needs for one check, and where it reports. One context per check, used by one thread.
 */
public final class CheckContext {

    private final ParentFacts facts;
    private final Catalogue child;
    private final Alignment alignment;
    private final Optional<AdministrativeLevel> level;
    private final ChildRows rows;
    private final List<Match> paired;
    private final Map<MatchKind, List<Match>> byKind = new EnumMap<>(MatchKind.class);
    /** Sized for the few dozen instruments a catalogue cites, so that the map does not grow during a check. */
    private final Map<LegalReference, Cited> citations = new IdentityHashMap<>(64);
    private final List<Finding> findings = new ArrayList<>();
    private final List<SkippedComparison> skipped = new ArrayList<>();
    private RuleInfo rule;
    private Optional<Severity> override = Optional.empty();

    CheckContext(ParentFacts facts, Catalogue child, ChildRows rows, Alignment alignment,
            Optional<AdministrativeLevel> level) {
        this.facts = facts;
        this.child = child;
        this.alignment = alignment;
        this.level = level;
        this.rows = rows;
        // One pass for the paired lines and the lines of each kind: Alignment#paired and #ofKind filter every time.
        List<Match> pairs = new ArrayList<>(alignment.matches().size());
        for (Match m : alignment.matches()) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            if (m.isPaired()) {
                pairs.add(m);
            }
        }
        this.paired = pairs;
    }

    /**
     * What a check knows of one citation object, worked out on first use: the rows of a catalogue share their
     * parsed citations, and three rules ask after each.
     */
    private static final class Cited {
        private final Resolution resolution;
        private String key;
        private String printed;
        private InstrumentStatus status;

        private Cited(Resolution resolution) {
            this.resolution = resolution;
        }
    }

    /** The child's categories in order, the list the check was given. */
    public List<Category> childCategories() {
        return rows.categories();
    }

    /** The alignment's paired lines (those {@link Match#isPaired}), in order. */
    public List<Match> paired() {
        return paired;
    }

    /** The alignment's lines of one kind, in order: {@link Alignment#ofKind} filters them each time it is asked. */
    public List<Match> ofKind(MatchKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The name of the area holding a child category, empty where it is not one of the check's. */
    public String areaName(Category category) {
        ChildRows.Row row = rows.of(category);
        return row == null ? "" : row.area().name();
    }

    /** The parent category a child category is paired with by the alignment, if any. */
    public Optional<Category> parentOf(Category child) {
        for (Match m : paired) {
            if (m.child().orElseThrow() == child) {
                return m.parent();
            }
        }
        return Optional.empty();
    }

    /** {@link Names#key} of the name of the area holding the {@code index}th of {@link #childCategories()}. */
    public String areaKey(int index) {
        return rows.at(index).areaKey();
    }

    /** {@link Names#keyOf} of the name of the {@code index}th of {@link #childCategories()}, as aligned. */
    public Names.Key nameKey(int index) {
        return rows.at(index).nameKey();
    }

    void begin(RuleInfo current, Optional<Severity> profileOverride) {
        this.rule = current;
        this.override = profileOverride;
    }

    List<Finding> findings() {
        return findings;
    }

    List<SkippedComparison> skipped() {
        return skipped;
    }

    public Catalogue parent() {
        return facts.parent();
    }

    /** What this check shares with every other check of its checker. */
    public ParentFacts facts() {
        return facts;
    }

    public Catalogue child() {
        return child;
    }

    public Alignment alignment() {
        return alignment;
    }

    public LegalRegistry registry() {
        return facts.registry();
    }

    public LocalDate asOf() {
        return facts.asOf();
    }

    private Cited cited(LegalReference reference) {
        Cited known = citations.get(reference);
        if (known == null) {
            known = new Cited(facts.registry().resolve(reference));
            citations.put(reference, known);
        }
        return known;
    }

    /** The registry's resolution of a citation, once per citation object of a check. */
    public Resolution resolve(LegalReference reference) {
        return cited(reference).resolution;
    }

    /** {@link Citations#key} of a citation, once per citation object of a check. */
    public String citationKey(LegalReference reference) {
        Cited cited = cited(reference);
        if (cited.key == null) {
            cited.key = cited.resolution.instrument().isPresent()
                    ? facts.citationKey(cited.resolution.instrument().get())
                    : Citations.key(cited.resolution, reference);
        }
        return cited.key;
    }

    /**
     * The status on the check's date of the instrument a citation resolves to, once per citation object of a check;
     * empty for a citation that resolves to none.
     */
    public Optional<InstrumentStatus> status(LegalReference reference) {
        Cited cited = cited(reference);
        if (cited.resolution.instrument().isEmpty()) {
            return Optional.empty();
        }
        if (cited.status == null) {
            cited.status = facts.status(cited.resolution.instrument().get());
        }
        return Optional.of(cited.status);
    }

    /** {@link LegalReference#printed} of a citation, once per citation object of a check: it builds the text anew. */
    public String printed(LegalReference reference) {
        Cited cited = cited(reference);
        if (cited.printed == null) {
            cited.printed = reference.printed();
        }
        return cited.printed;
    }

    /** The child's level: as given to the checker, else as the catalogue states it. */
    public Optional<AdministrativeLevel> level() {
        return level;
    }

    /**
     * The paired categories whose {@code field} can be compared: both state it. For every other pair a skipped
     * comparison is recorded with its reason (the parent never transcribed the field, or the child lacks it,
     * which the required-field rule reports).
     */
    public List<Match> comparable(CategoryField field) {
        return comparable(field, true);
    }

    /** As {@link #comparable(CategoryField)}; with {@code childMustState} false, a child lacking the field is compared too. */
    public List<Match> comparable(CategoryField field, boolean childMustState) {
        List<Match> pairs = new ArrayList<>(paired.size());
        for (Match m : paired) {
            Category p = m.parent().orElseThrow();
            if (!p.isStated(field)) {
                skip(p, field, "skip.parent-field-absent", field.label());
            } else if (childMustState && !m.child().orElseThrow().isStated(field)) {
                skip(p, field, "skip.child-field-absent", field.label());
            } else {
                pairs.add(m);
            }
        }
        return pairs;
    }

    /** Where {@code field} of a child category is in its file. */
    public Optional<SourceLocation> source(Category category, CategoryField field) {
        return source(rows.of(category), field);
    }

    private static Optional<SourceLocation> source(ChildRows.Row row, CategoryField field) {
        return row == null || row.sources() == null ? Optional.empty() : Optional.ofNullable(row.sources().of(field));
    }

    /** Where a child category's row is in its file. */
    public Optional<SourceLocation> row(Category category) {
        ChildRows.Row row = rows.of(category);
        return row == null ? Optional.empty() : row.location();
    }

    /** A finding about {@code field} of a child category. */
    public Builder at(Category category, CategoryField field) {
        ChildRows.Row row = rows.of(category);
        return new Builder(new FindingLocation(areaName(row), Optional.of(category.name()), category.code(),
                Optional.of(field), source(row, field)));
    }

    /** A finding about a child category as a whole. */
    public Builder at(Category category) {
        ChildRows.Row row = rows.of(category);
        return new Builder(new FindingLocation(areaName(row), Optional.of(category.name()), category.code(),
                Optional.empty(), row == null ? Optional.empty() : row.location()));
    }

    private static Optional<String> areaName(ChildRows.Row row) {
        return row == null ? Optional.empty() : Optional.of(row.area().name());
    }

    /** A finding about a parent category the child lacks: located in the parent's terms. */
    public Builder atParent(Category category) {
        return new Builder(new FindingLocation(Optional.ofNullable(facts.areaOf(category)).map(Area::name),
                Optional.of(category.name()), category.code(), Optional.empty(), Optional.empty()));
    }

    /** A finding at an explicit location. */
    public Builder at(FindingLocation location) {
        return new Builder(location);
    }

    /** The arguments of a message as the strings it shows; a finding is made for every shortfall of a check. */
    private static List<String> strings(Object... args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return List.of(out);
    }

    /** Records that {@code field} of a parent category was not compared, and why. */
    public void skip(Category parentCategory, CategoryField field, String reasonId, Object... args) {
        skipped.add(new SkippedComparison(rule.id(), Optional.of(parentCategory.name()), parentCategory.code(),
                field, reasonId, strings(args)));
    }

    /** Records that a comparison about the whole catalogue was not made, and why. */
    public void skipCatalogue(CategoryField field, String reasonId, Object... args) {
        skipped.add(new SkippedComparison(rule.id(), Optional.empty(), Optional.empty(), field, reasonId,
                strings(args)));
    }

    /** Builds one finding of the rule being run. */
    public final class Builder {
        private final FindingLocation location;
        private Optional<String> parentValue = Optional.empty();
        private Optional<String> childValue = Optional.empty();
        private Optional<String> legalBasis;
        private Optional<Severity> severity = Optional.empty();

        private Builder(FindingLocation location) {
            this.location = location;
            this.legalBasis = rule.legalBasis();
        }

        public Builder parentValue(String value) {
            this.parentValue = value.isEmpty() ? Optional.empty() : Optional.of(value);
            return this;
        }

        public Builder childValue(String value) {
            this.childValue = value.isEmpty() ? Optional.empty() : Optional.of(value);
            return this;
        }

        public Builder legalBasis(String value) {
            this.legalBasis = Optional.of(value);
            return this;
        }

        /** A severity other than the rule's default for this finding; a profile's override still wins. */
        public Builder severity(Severity value) {
            this.severity = Optional.of(value);
            return this;
        }

        /** Reports the finding with message {@code messageId} and its arguments. */
        public void report(String messageId, Object... args) {
            Severity s = override.isPresent() ? override.get()
                    : severity.isPresent() ? severity.get() : rule.defaultSeverity();
            findings.add(new Finding(rule.id(), s, location, messageId, strings(args), parentValue, childValue,
                    legalBasis));
        }
    }
}
