package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionsSmokeTest {

    @Test
    void nationalEditionLoadsWithItsNineTranscribedCategories() {
        assertThat(Editions.national().categoryCount()).isEqualTo(9);
        assertThat(Editions.national()).isSameAs(Editions.national());
        assertThat(Editions.list().get(0).id()).isEqualTo(Editions.NATIONAL_ID);
    }
}
