package org.zwgk.catalogue.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * The child's categories of one check, in order, and what the alignment and the rules ask of each: its area, where
 * it was read, and the keys of its name and area. By identity, because {@link Catalogue#areaOf} scans the catalogue
 * and asking it per finding made a check of a 100,000-row catalogue quadratic. Made in one pass, with one map sized
 * for the catalogue: a check used to flatten the areas, then fill two identity maps that grew as they went, and key
 * each name once for the alignment and again for the duplicate rule.
 */
final class ChildRows {

    /**
     * One child category as the check sees it.
     *
     * @param area     the area holding it
     * @param areaKey  {@link Names#key} of the area's name
     * @param nameKey  {@link Names#keyOf} of its name
     * @param sources  where it was read; null for a catalogue built in memory
     * @param location where its row is in its file, as a match and a finding give it
     */
    record Row(Area area, String areaKey, Names.Key nameKey, CategorySources sources,
            Optional<SourceLocation> location) {
    }

    private final List<Category> categories;
    private final Row[] inOrder;
    private final Map<Category, Row> byCategory;

    private ChildRows(List<Category> categories, Row[] inOrder, Map<Category, Row> byCategory) {
        this.categories = categories;
        this.inOrder = inOrder;
        this.byCategory = byCategory;
    }

    /** The rows of {@code child}; {@code sources} are its categories' sources in order, as a reader gives them. */
    static ChildRows of(Catalogue child, List<CategorySources> sources) {
        return of(child, sources, Names::keyOf);
    }

    /** As {@link #of(Catalogue, List)}, keying names with {@code keys} (a checker's {@link ParentFacts#key}). */
    static ChildRows of(Catalogue child, List<CategorySources> sources, Function<String, Names.Key> keys) {
        int count = 0;
        for (Area a : child.areas()) {
            count += a.categories().size();
        }
        List<Category> categories = new ArrayList<>(count);
        Row[] inOrder = new Row[count];
        Map<Category, Row> byCategory = new IdentityHashMap<>(count);
        boolean repeats = false;
        for (Area a : child.areas()) {
            String areaKey = keys.apply(a.name()).text();
            for (Category c : a.categories()) {
                int i = categories.size();
                categories.add(c);
                CategorySources source = i < sources.size() ? sources.get(i) : null;
                if (source == null && byCategory.containsKey(c)) {
                    source = byCategory.get(c).sources(); // listed again past the sources: the earlier ones stand
                }
                Row row = new Row(a, areaKey, keys.apply(c.name()), source,
                        source == null ? Optional.empty() : Optional.of(source.row()));
                inOrder[i] = row;
                repeats |= byCategory.put(c, row) != null;
            }
        }
        if (repeats) {
            // The same object twice in one catalogue: by identity it is its last listing, wherever it is listed.
            for (int i = 0; i < count; i++) {
                inOrder[i] = byCategory.get(categories.get(i));
            }
        }
        return new ChildRows(Collections.unmodifiableList(categories), inOrder, byCategory);
    }

    /** The child's categories in order. */
    List<Category> categories() {
        return categories;
    }

    /** The row of the child's {@code index}th category: {@code of(categories().get(index))}, without a lookup. */
    Row at(int index) {
        return inOrder[index];
    }

    /** The row of a child category, by identity; null for an object that is not one of the child's categories. */
    Row of(Category category) {
        return byCategory.get(category);
    }
}
