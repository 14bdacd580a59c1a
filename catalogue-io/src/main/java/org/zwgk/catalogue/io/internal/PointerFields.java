package org.zwgk.catalogue.io.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * The locations of a JSON category's stated fields ({@code /categories/3/deadline} …), made when asked for.
 *
 * <p>A check asks for a field's location only where it reports a finding, a few times per file; making every
 * stated field's location up front made eleven locations, their pointers and two maps per category of every read.
 * The map is read-only and equal (as {@link Map#equals} says) to the {@code EnumMap} it stands for; each lookup
 * makes a new, equal location.
 */
public final class PointerFields extends AbstractMap<CategoryField, SourceLocation> {

    private static final CategoryField[] FIELDS = CategoryField.values();

    private final String file;
    private final String category;
    /** Bit {@code f.ordinal()} is set for each stated field {@code f}. */
    private final int stated;

    private PointerFields(String file, String category, int stated) {
        this.file = file;
        this.category = category;
        this.stated = stated;
    }

    /** The fields {@code c} states, under the category's pointer {@code category} in {@code file}. */
    public static PointerFields of(String file, String category, Category c) {
        int stated = 0;
        for (CategoryField f : FIELDS) {
            if (c.isStated(f)) {
                stated |= 1 << f.ordinal();
            }
        }
        return new PointerFields(file, category, stated);
    }

    private boolean has(CategoryField f) {
        return (stated & (1 << f.ordinal())) != 0;
    }

    private SourceLocation location(CategoryField f) {
        return SourceLocation.ofPointer(file, category + "/" + f.jsonName());
    }

    @Override
    public SourceLocation get(Object key) {
        return key instanceof CategoryField f && has(f) ? location(f) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof CategoryField f && has(f);
    }

    @Override
    public int size() {
        return Integer.bitCount(stated);
    }

    @Override
    public boolean isEmpty() {
        return stated == 0;
    }

    @Override
    public Set<Entry<CategoryField, SourceLocation>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<CategoryField, SourceLocation>> iterator() {
                return new Iterator<>() {
                    /** The stated fields not yet visited. */
                    private int left = stated;

                    @Override
                    public boolean hasNext() {
                        return left != 0;
                    }

                    @Override
                    public Entry<CategoryField, SourceLocation> next() {
                        if (left == 0) {
                            throw new NoSuchElementException();
                        }
                        CategoryField f = FIELDS[Integer.numberOfTrailingZeros(left)];
                        left &= left - 1;
                        return Map.entry(f, location(f));
                    }
                };
            }

            @Override
            public int size() {
                return Integer.bitCount(stated);
            }
        };
    }
}
