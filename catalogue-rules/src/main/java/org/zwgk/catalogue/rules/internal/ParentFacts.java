package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
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
import org.zwgk.catalogue.model.LegalReference;

/**
 * What every check of one checker shares: the parent, the registry and the date, and what follows from them
 * alone — the parent's categories and their areas, the citation keys of the parent's legal bases, each cited
 * instrument's status on the date. Worked out once per checker instead of once per check: a province checks
 * thousands of catalogues against one parent. Immutable but for the status memo, which is thread-safe.
 */
public final class ParentFacts {

    private final Catalogue parent;
    private final LegalRegistry registry;
    private final LocalDate asOf;
    private final List<Category> categories;
    private final Map<Category, Area> areas;
    private final Map<LegalReference, Set<String>> citationKeys;
    private final ConcurrentMap<String, InstrumentStatus> statuses = new ConcurrentHashMap<>();

    public ParentFacts(Catalogue parent, LegalRegistry registry, LocalDate asOf) {
        this.parent = parent;
        this.registry = registry;
        this.asOf = asOf;
        this.categories = parent.categories();
        this.areas = CheckContext.areasByCategory(parent);
        Map<LegalReference, Set<String>> keys = new IdentityHashMap<>();
        for (Category c : categories) {
            for (LegalReference ref : c.legalBasis()) {
                keys.put(ref, Citations.keysWithSuccessors(registry, ref));
            }
        }
        this.citationKeys = keys;
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

    /** The parent's area holding this parent category, by identity; null for another object. */
    Area areaOf(Category parentCategory) {
        return areas.get(parentCategory);
    }

    /** {@link Citations#keysWithSuccessors} of a reference of a parent category's legal basis. */
    public Set<String> citationKeys(LegalReference parentReference) {
        Set<String> known = citationKeys.get(parentReference);
        return known != null ? known : Citations.keysWithSuccessors(registry, parentReference);
    }

    /** The instrument's status on the date. */
    public InstrumentStatus status(LegalInstrument instrument) {
        return statuses.computeIfAbsent(instrument.id(), id -> instrument.statusOn(asOf));
    }
}
