package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Table-driven: each fixture catalogue in, its expected findings out, in report order. */
class FixtureTest {

    static final List<String> NAMES = Fixtures.NAMES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void eachFixtureGivesExactlyItsExpectedFindings(String name) {
        assertThat(Fixtures.lines(Fixtures.check(name))).containsExactlyElementsOf(Fixtures.expected(name));
    }

    @Test
    void everyRuleFiresInSomeFixtureAndStaysQuietInAnother() {
        Set<String> ids = Rules.all().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        for (String id : ids) {
            List<String> firing = NAMES.stream()
                    .filter(n -> Fixtures.expected(n).stream().anyMatch(l -> l.startsWith(id + " "))).toList();
            assertThat(firing).as("fixtures where %s fires", id).isNotEmpty();
            assertThat(firing).as("fixtures where %s stays quiet", id).hasSizeLessThan(NAMES.size());
        }
    }
}
