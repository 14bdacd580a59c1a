package org.zwgk.catalogue.model.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON pointers of the canonical form's categories ({@code /categories/3}), made once for the first
 * {@value #KEPT} categories and shared by every read, which would otherwise make each the same as in the read
 * before. A field's pointer is made only where a location is asked for (the io module's {@code PointerFields}).
 */
public final class CategoryPointers {

    /** Categories whose pointers are kept; past it each is made on demand. */
    static final int KEPT = 1_024;
    /** Two threads making the same pointer at once make equal ones. */
    private static final AtomicReferenceArray<String> KEPT_POINTERS = new AtomicReferenceArray<>(KEPT);

    private CategoryPointers() {
    }

    /** {@code /categories/i}. */
    public static String category(int i) {
        if (i >= KEPT) {
            return "/categories/" + i;
        }
        String pointer = KEPT_POINTERS.get(i);
        if (pointer == null) {
            pointer = "/categories/" + i;
            KEPT_POINTERS.set(i, pointer);
        }
        return pointer;
    }
}
