package org.zwgk.catalogue.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryPointersTest {

    @Test
    void pointersAreTheCanonicalFormsAndKeptOnesAreShared() {
        for (int i : new int[] {0, 7, 55, CategoryPointers.KEPT - 1, CategoryPointers.KEPT, 123_456}) {
            assertThat(CategoryPointers.category(i)).isEqualTo("/categories/" + i);
        }
        assertThat(CategoryPointers.category(7)).isSameAs(CategoryPointers.category(7));
        assertThat(CategoryPointers.category(CategoryPointers.KEPT))
                .isNotSameAs(CategoryPointers.category(CategoryPointers.KEPT));
    }
}
