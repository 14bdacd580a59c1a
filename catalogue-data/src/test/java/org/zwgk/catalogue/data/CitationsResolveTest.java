package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.LegalReference;

/** Every citation in every bundled edition is in the registry; the ambiguous ones are listed here by name. */
class CitationsResolveTest {

    /** The registry knows several State Council decisions share this title and cannot tell which is meant. */
    private static final Set<String> EXPECTED_AMBIGUOUS = Set.of("国务院关于取消和下放一批行政审批项目的决定");

    @Test
    void everyCitationInEveryBundledEditionResolves() {
        LegalRegistry registry = LegalRegistry.bundled();
        List<String> unknown = new ArrayList<>();
        Set<String> ambiguous = new TreeSet<>();
        int citations = 0;
        for (EditionInfo info : Editions.list()) {
            Catalogue c = Editions.byId(info.id()).orElseThrow();
            for (Category category : c.categories()) {
                for (LegalReference ref : category.legalBasis()) {
                    citations++;
                    Resolution r = registry.resolve(ref);
                    switch (r.outcome()) {
                        case UNKNOWN -> unknown.add(info.id() + " / " + category.name() + ": " + ref.text());
                        case AMBIGUOUS -> ambiguous.add(ref.title());
                        case RESOLVED -> assertThat(r.instrument()).isPresent();
                    }
                }
            }
        }
        assertThat(citations).isGreaterThan(50);
        assertThat(unknown).as("citations not in the registry").isEmpty();
        assertThat(ambiguous).as("ambiguous citations").isEqualTo(new TreeSet<>(EXPECTED_AMBIGUOUS));
    }
}
