package org.zwgk.catalogue.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.CategoryField;

class CategoryPointersTest {

    @Test
    void pointersAreTheCanonicalFormsAndKeptOnesAreShared() {
        for (int i : new int[] {0, 7, 55, CategoryPointers.KEPT - 1, CategoryPointers.KEPT, 123_456}) {
            assertThat(CategoryPointers.category(i)).isEqualTo("/categories/" + i);
            for (CategoryField f : CategoryField.values()) {
                assertThat(CategoryPointers.field(i, f)).isEqualTo("/categories/" + i + "/" + f.jsonName());
            }
        }
        assertThat(CategoryPointers.field(7, CategoryField.DEADLINE))
                .isSameAs(CategoryPointers.field(7, CategoryField.DEADLINE));
        assertThat(CategoryPointers.category(CategoryPointers.KEPT))
                .isNotSameAs(CategoryPointers.category(CategoryPointers.KEPT));
    }
}
