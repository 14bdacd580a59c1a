package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7UuidsThatSortInTheOrderTheyWereMade() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.next());
            Thread.sleep(2);
        }
        assertThat(ids).isSorted().allSatisfy(id -> {
            assertThat(id).hasSize(36).isLowerCase();
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(UUID.fromString(id).variant()).isEqualTo(2);
        });
    }

    @Test
    void idsMadeInTheSameMillisecondDifferInTheirRandomBits() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(Ids.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids.stream().map(id -> id.substring(0, 13)).distinct().count())
                .as("ids sharing a millisecond").isLessThan(ids.size());
        // Random, not counted up: two ids of the same millisecond differ in the 26 bits after it as well, which a
        // generator that adds one within a millisecond would leave alone.
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i).startsWith(ids.get(i - 1).substring(0, 13))) {
                assertThat(ids.get(i).substring(0, 23)).isNotEqualTo(ids.get(i - 1).substring(0, 23));
            }
        }
    }
}
