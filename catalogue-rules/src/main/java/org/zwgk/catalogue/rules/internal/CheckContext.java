package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.io.CategorySources;
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
    private final Map<Category, CategorySources> sources;
    private final List<Category> childCategories;
    private final List<Match> paired;
    private final Map<MatchKind, List<Match>> byKind = new EnumMap<>(MatchKind.class);
    private final Map<Category, Area> childAreas;
    private final Map<LegalReference, Resolution> resolutions = new IdentityHashMap<>();
    private final Map<LegalReference, String> citationKeys = new IdentityHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<SkippedComparison> skipped = new ArrayList<>();
    private RuleInfo rule;
    private Optional<Severity> override = Optional.empty();

    CheckContext(ParentFacts facts, Catalogue child, List<Category> childCategories, Alignment alignment,
            Optional<AdministrativeLevel> level, Map<Category, CategorySources> sources) {
        this.facts = facts;
        this.child = child;
        this.alignment = alignment;
        this.level = level;
        this.sources = sources;
        this.childCategories = childCategories;
        this.paired = alignment.paired();
        for (Match m : alignment.matches()) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        }
        this.childAreas = areasByCategory(child);
    }

    /**
     * Each category's area, by identity, built once: {@link Catalogue#areaOf} scans the catalogue, and asking it
     * per finding made a check of a 100,000-row catalogue quadratic.
     */
    static Map<Category, Area> areasByCategory(Catalogue catalogue) {
        Map<Category, Area> map = new IdentityHashMap<>();
        for (Area a : catalogue.areas()) {
            for (Category c : a.categories()) {
                map.put(c, a);
            }
        }
        return map;
    }

    /** The child's categories in order, the list the check was given. */
    public List<Category> childCategories() {
        return childCategories;
    }

    /** The alignment's lines of one kind, in order: {@link Alignment#ofKind} filters them each time it is asked. */
    public List<Match> ofKind(MatchKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The child's area holding this child category. */
    public Optional<Area> areaOf(Category childCategory) {
        return Optional.ofNullable(childAreas.get(childCategory));
    }

    /** Indexes a reader's sources by category identity; {@code all} is the child's categories in order. */
    static Map<Category, CategorySources> index(List<Category> all, List<CategorySources> sources) {
        Map<Category, CategorySources> map = new IdentityHashMap<>();
        for (int i = 0; i < all.size() && i < sources.size(); i++) {
            map.put(all.get(i), sources.get(i));
        }
        return map;
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

    /**
     * The registry's resolution of a citation, once per citation object: the rows of a catalogue share their
     * parsed citations, and three rules ask for each.
     */
    public Resolution resolve(LegalReference reference) {
        return resolutions.computeIfAbsent(reference, facts.registry()::resolve);
    }

    /** {@link Citations#key} of a citation, once per citation object. */
    public String citationKey(LegalReference reference) {
        String key = citationKeys.get(reference);
        if (key == null) {
            key = Citations.key(resolve(reference), reference);
            citationKeys.put(reference, key);
        }
        return key;
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
        List<Match> pairs = new ArrayList<>();
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
        return Optional.ofNullable(sources.get(category)).map(s -> s.of(field));
    }

    /** Where a child category's row is in its file. */
    public Optional<SourceLocation> row(Category category) {
        return Optional.ofNullable(sources.get(category)).map(CategorySources::row);
    }

    /** A finding about {@code field} of a child category. */
    public Builder at(Category category, CategoryField field) {
        return new Builder(new FindingLocation(areaOf(category).map(Area::name), Optional.of(category.name()),
                category.code(), Optional.of(field), source(category, field)));
    }

    /** A finding about a child category as a whole. */
    public Builder at(Category category) {
        return new Builder(new FindingLocation(areaOf(category).map(Area::name), Optional.of(category.name()),
                category.code(), Optional.empty(), row(category)));
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
            this.parentValue = Optional.of(value).filter(v -> !v.isEmpty());
            return this;
        }

        public Builder childValue(String value) {
            this.childValue = Optional.of(value).filter(v -> !v.isEmpty());
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
            Severity s = override.or(() -> severity).orElse(rule.defaultSeverity());
            findings.add(new Finding(rule.id(), s, location, messageId, strings(args), parentValue, childValue,
                    legalBasis));
        }
    }
}
