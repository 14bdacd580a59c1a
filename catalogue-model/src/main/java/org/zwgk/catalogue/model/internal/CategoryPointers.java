package org.zwgk.catalogue.model.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

import org.zwgk.catalogue.model.CategoryField;

/**
 * The JSON pointers of the canonical form's categories and their fields ({@code /categories/3},
 * {@code /categories/3/deadline}), made once for the first {@value #KEPT} categories and shared by every read:
 * a read of a 56-category catalogue made some 600 of these strings, each the same as in the read before.
 */
public final class CategoryPointers {

    /** Categories whose pointers are kept; past it each is made on demand. */
    static final int KEPT = 1_024;
    private static final CategoryField[] FIELDS = CategoryField.values();
    /**
     * Row {@code i} holds category {@code i}'s pointer, then one per field in declaration order. A row is filled
     * before it is published; two threads making the same row at once make equal ones.
     */
    private static final AtomicReferenceArray<String[]> ROWS = new AtomicReferenceArray<>(KEPT);

    private CategoryPointers() {
    }

    /** {@code /categories/i}. */
    public static String category(int i) {
        return i < KEPT ? row(i)[0] : "/categories/" + i;
    }

    /** {@code /categories/i/<field's JSON name>}. */
    public static String field(int i, CategoryField field) {
        return i < KEPT ? row(i)[field.ordinal() + 1] : "/categories/" + i + "/" + field.jsonName();
    }

    private static String[] row(int i) {
        String[] row = ROWS.get(i);
        if (row == null) {
            row = new String[FIELDS.length + 1];
            row[0] = "/categories/" + i;
            for (CategoryField f : FIELDS) {
                row[f.ordinal() + 1] = row[0] + "/" + f.jsonName();
            }
            ROWS.set(i, row);
        }
        return row;
    }
}
