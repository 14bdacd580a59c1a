package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Alignment;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;

/**
 * What a rule reads of one check: the parent and the child, the alignment, the child's level and where each child
 * category was read. Nothing a rule does changes it; rules report through {@link Findings}. One per check, used by
 * one thread (its {@link #citations()} fill in as they are asked).
 */
public final class CheckView {

    private final ParentFacts facts;
    private final Catalogue child;
    private final ChildRows rows;
    private final Alignment alignment;
    private final Optional<AdministrativeLevel> level;
    private final List<Match> paired;
    private final Map<MatchKind, List<Match>> byKind = new EnumMap<>(MatchKind.class);
    private final CitedInstruments citations;
    private final Map<CategoryField, SourceLocation> missingColumns;
    private final Optional<OtherDomains> otherDomains;

    /**
     * The view of one check; {@code missingColumns} are where the reader reported that the file has no column for a
     * field ({@code io.column.missing}); {@code otherDomains} the rows of other domains set aside from a table of
     * several, {@code child} holding the rest.
     */
    CheckView(ParentFacts facts, Catalogue child, ChildRows rows, Alignment alignment,
            Optional<AdministrativeLevel> level, Map<CategoryField, SourceLocation> missingColumns,
            Optional<OtherDomains> otherDomains) {
        this.facts = facts;
        this.otherDomains = otherDomains;
        this.missingColumns = Map.copyOf(missingColumns);
        this.child = child;
        this.rows = rows;
        this.alignment = alignment;
        this.level = level;
        this.citations = new CitedInstruments(facts);
        // One pass for the paired lines and the lines of each kind: Alignment#paired and #ofKind filter every time.
        List<Match> pairs = new ArrayList<>(alignment.matches().size());
        for (Match m : alignment.matches()) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            if (m.isPaired()) {
                pairs.add(m);
            }
        }
        this.paired = List.copyOf(pairs);
        byKind.replaceAll((kind, matches) -> List.copyOf(matches));
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

    /** The date legal status is judged on. */
    public LocalDate asOf() {
        return facts.asOf();
    }

    /** The child's level: as given to the checker, else as the catalogue states it. */
    public Optional<AdministrativeLevel> level() {
        return level;
    }

    /** What this check knows of each citation it meets. */
    public CitedInstruments citations() {
        return citations;
    }

    /**
     * Where the reader reported that the file has no column for {@code field} ({@code io.column.missing}): empty
     * when it has one, or the catalogue was not read from a table.
     */
    public Optional<SourceLocation> missingColumn(CategoryField field) {
        return Optional.ofNullable(missingColumns.get(field));
    }

    /**
     * The rows of other domains set aside, where the child is a table of every domain of a unit ({@link #child()}
     * then holds only this domain's rows).
     */
    public Optional<OtherDomains> otherDomains() {
        return otherDomains;
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

    /**
     * The paired categories whose {@code field} can be compared: both state it. For every other pair a skipped
     * comparison goes to {@code findings} with its reason (the parent never transcribed the field, or the child
     * lacks it, which the required-field rule reports).
     */
    public List<Match> comparable(CategoryField field, Findings findings) {
        return comparable(field, true, findings);
    }

    /** As {@link #comparable(CategoryField, Findings)}; with {@code childMustState} false, a child lacking it too. */
    public List<Match> comparable(CategoryField field, boolean childMustState, Findings findings) {
        List<Match> pairs = new ArrayList<>(paired.size());
        for (Match m : paired) {
            Category p = m.parent().orElseThrow();
            if (!p.isStated(field)) {
                findings.skip(p, field, "skip.parent-field-absent", field.label());
            } else if (childMustState && !m.child().orElseThrow().isStated(field)) {
                findings.skip(p, field, "skip.child-field-absent", field.label());
            } else {
                pairs.add(m);
            }
        }
        return pairs;
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

    /** The name of the area holding a child category, empty where it is not one of the check's. */
    public String areaName(Category category) {
        ChildRows.Row row = rows.of(category);
        return row == null ? "" : row.area().name();
    }

    /** {@link Names#key} of the name of the area holding the {@code index}th of {@link #childCategories()}. */
    public String areaKey(int index) {
        return rows.at(index).areaKey();
    }

    /** {@link Names#keyOf} of the name of the {@code index}th of {@link #childCategories()}, as aligned. */
    public Names.Key nameKey(int index) {
        return rows.at(index).nameKey();
    }

    /** Where a child category's row is in its file. */
    public Optional<SourceLocation> row(Category category) {
        ChildRows.Row row = rows.of(category);
        return row == null ? Optional.empty() : row.location();
    }

    /** Where {@code field} of a child category is in its file. */
    public Optional<SourceLocation> source(Category category, CategoryField field) {
        return source(rows.of(category), field);
    }

    private static Optional<SourceLocation> source(ChildRows.Row row, CategoryField field) {
        return row == null || row.sources() == null ? Optional.empty() : Optional.ofNullable(row.sources().of(field));
    }

    /** The location of a finding about {@code field} of a child category. */
    FindingLocation location(Category category, CategoryField field) {
        ChildRows.Row row = rows.of(category);
        return new FindingLocation(areaName(row), Optional.of(category.name()), category.code(), Optional.of(field),
                source(row, field));
    }

    /** The location of a finding about a child category as a whole. */
    FindingLocation location(Category category) {
        ChildRows.Row row = rows.of(category);
        return new FindingLocation(areaName(row), Optional.of(category.name()), category.code(), Optional.empty(),
                row == null ? Optional.empty() : row.location());
    }

    /** The location of a finding about a parent category the child lacks: in the parent's terms. */
    FindingLocation parentLocation(Category parentCategory) {
        return new FindingLocation(Optional.ofNullable(facts.areaOf(parentCategory)).map(Area::name),
                Optional.of(parentCategory.name()), parentCategory.code(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> areaName(ChildRows.Row row) {
        return row == null ? Optional.empty() : Optional.of(row.area().name());
    }
}
