package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.internal.Memo;

/**
 * What every check of one checker shares: the parent, the registry and the date, and what follows from them
 * alone — the parent's categories, their areas, name keys and content keys, the citation keys of the parent's
 * legal bases and their printed values, each cited instrument's status on the date. Worked out once per checker
 * instead of once per check: a province checks thousands of catalogues against one parent. Immutable but for the
 * status memo, which is thread-safe and bounded by the registry.
 */
public final class ParentFacts {

    private final Catalogue parent;
    private final LegalRegistry registry;
    private final LocalDate asOf;
    private final List<Category> categories;
    private final List<Names.Key> nameKeys;
    private final Map<String, Integer> indexByCode;
    private final Map<String, Integer> indexByNameKey;
    private final Map<Category, Row> rows;
    private final Map<LegalReference, Set<String>> citationKeys;
    private final Map<LegalInstrument, String> instrumentKeys;
    private final ConcurrentMap<String, InstrumentStatus> statuses = new ConcurrentHashMap<>();
    /**
     * {@link Names#keyOf} of the names and content elements the checks of this checker meet. The children of one
     * parent repeat its wording and each other's (a county copies its city's rows), so a text is keyed once per
     * checker rather than once per check. Bounded: past 50,000 texts, keys are made without being kept. It buys 13% of
     * the 3,000-catalogue batch read and checked end to end (thread CPU time on one thread, machine loaded: 1.63–2.14 s
     * without any key cache, 1.46–1.61 s with this one, 1.41–1.47 s with the process-wide memo it replaces); check-json
     * alone showed no difference.
     */
    private final Memo<String, Names.Key> keys = new Memo<>(Names::keyOf, 50_000);

    /**
     * What a check asks of one parent category, by identity: its area, and its content and legal basis as compared
     * ({@link Citations#keysWithSuccessors} of each citation, in order).
     */
    record Row(Area area, List<Names.Key> contentKeys, String printedContent, Citations.Kept citations,
            String printedLegal) {
    }

    public ParentFacts(Catalogue parent, LegalRegistry registry, LocalDate asOf) {
        this.parent = parent;
        this.registry = registry;
        this.asOf = asOf;
        this.categories = parent.categories();
        Map<LegalInstrument, String> instruments = new IdentityHashMap<>(registry.instruments().size());
        for (LegalInstrument i : registry.instruments()) {
            instruments.put(i, Citations.key(i));
        }
        this.instrumentKeys = instruments;
        Map<LegalReference, Set<String>> citations = new IdentityHashMap<>();
        for (Category c : categories) {
            for (LegalReference ref : c.legalBasis()) {
                citations.put(ref, Citations.keysWithSuccessors(registry, ref));
            }
        }
        this.citationKeys = citations;
        Map<Category, Row> byCategory = new IdentityHashMap<>(categories.size());
        for (Area a : parent.areas()) {
            for (Category c : a.categories()) {
                byCategory.put(c, new Row(a, List.copyOf(keysOfContent(c)), Printed.content(c.content()),
                        keptCitationsOf(c), Printed.legal(c.legalBasis())));
            }
        }
        this.rows = byCategory;
        List<Names.Key> keys = new ArrayList<>(categories.size());
        Map<String, Integer> byCode = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category p = categories.get(i);
            Names.Key key = Names.keyOf(p.name());
            keys.add(key);
            int index = i;
            p.code().ifPresent(code -> byCode.putIfAbsent(code, index));
            byKey.putIfAbsent(key.text(), i);
        }
        this.nameKeys = List.copyOf(keys);
        this.indexByCode = byCode;
        this.indexByNameKey = byKey;
    }

    public Catalogue parent() {
        return parent;
    }

    public LegalRegistry registry() {
        return registry;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The parent's categories in order. */
    public List<Category> categories() {
        return categories;
    }

    /** The {@link Names#keyOf} of each parent category's name, in the order of {@link #categories()}. */
    List<Names.Key> nameKeys() {
        return nameKeys;
    }

    /** The index in {@link #categories()} of the first parent category with this code; null for none. */
    Integer indexOfCode(String code) {
        return indexByCode.get(code);
    }

    /** The index in {@link #categories()} of the first parent category whose name has this key; null for none. */
    Integer indexOfNameKey(String nameKey) {
        return indexByNameKey.get(nameKey);
    }

    /** The parent's area holding this parent category, by identity; null for another object. */
    Area areaOf(Category parentCategory) {
        Row row = rows.get(parentCategory);
        return row == null ? null : row.area();
    }

    /** The {@link Names#keyOf} of each content element of a parent category, in order. */
    public List<Names.Key> contentKeys(Category parentCategory) {
        Row row = rows.get(parentCategory);
        return row != null ? row.contentKeys() : keysOfContent(parentCategory);
    }

    private static List<Names.Key> keysOfContent(Category c) {
        List<Names.Key> keys = new ArrayList<>(c.content().size());
        for (ContentElement e : c.content()) {
            keys.add(Names.keyOf(LegalBases.foldAbbreviations(e.text())));
        }
        return keys;
    }

    /** Which citations of a parent category's legal basis each citation key keeps. */
    public Citations.Kept keptCitations(Category parentCategory) {
        Row row = rows.get(parentCategory);
        return row != null ? row.citations() : keptCitationsOf(parentCategory);
    }

    private Citations.Kept keptCitationsOf(Category parentCategory) {
        List<Set<String>> keys = new ArrayList<>(parentCategory.legalBasis().size());
        for (LegalReference ref : parentCategory.legalBasis()) {
            keys.add(citationKeys(ref));
        }
        return Citations.Kept.of(keys);
    }

    /** {@link Printed#content} of a parent category's content. */
    public String printedContent(Category parentCategory) {
        Row row = rows.get(parentCategory);
        return row != null ? row.printedContent() : Printed.content(parentCategory.content());
    }

    /** {@link Printed#legal} of a parent category's legal basis. */
    public String printedLegal(Category parentCategory) {
        Row row = rows.get(parentCategory);
        return row != null ? row.printedLegal() : Printed.legal(parentCategory.legalBasis());
    }

    /** {@link Citations#keysWithSuccessors} of a reference of a parent category's legal basis. */
    private Set<String> citationKeys(LegalReference parentReference) {
        Set<String> known = citationKeys.get(parentReference);
        return known != null ? known : Citations.keysWithSuccessors(registry, parentReference);
    }

    /** {@link Citations#key(LegalInstrument)}, made once per registry instrument rather than once per citation. */
    String citationKey(LegalInstrument instrument) {
        String known = instrumentKeys.get(instrument);
        return known != null ? known : Citations.key(instrument);
    }

    /** {@link Names#keyOf} of a text, kept for this checker's later checks. */
    public Names.Key key(String text) {
        return keys.get(text);
    }

    /** The instrument's status on the date. */
    public InstrumentStatus status(LegalInstrument instrument) {
        InstrumentStatus known = statuses.get(instrument.id());
        return known != null ? known : statuses.computeIfAbsent(instrument.id(), id -> instrument.statusOn(asOf));
    }
}
