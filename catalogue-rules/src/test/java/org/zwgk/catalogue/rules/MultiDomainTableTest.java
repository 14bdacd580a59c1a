package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;

/**
 * A table that lists every domain of a unit together, its 一级事项 naming the domain (fixture multi-domain-table:
 * 教育, 生态环境, 卫生健康): checked against the environment guideline, only the 生态环境 rows are checked, and one INFO
 * says how many rows of other domains were set aside, rather than one local addition per row. No list of other
 * domains is kept: the table is told by its areas (none of the parent's, one the domain's own name).
 */
class MultiDomainTableTest {

    private static final String SET_ASIDE = "finding.coverage.local-addition.other-domains";

    private static Catalogue withAreas(Catalogue c, String... names) {
        List<Area> areas = c.areas();
        List<Area> renamed = new java.util.ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            renamed.add(Area.of(names[Math.min(i, names.length - 1)], areas.get(i).categories()));
        }
        return c.toBuilder().areas(renamed).build();
    }

    @Test
    void onlyTheEnvironmentRowsAreCheckedAndOneInfoCountsTheOthers() {
        Report table = Fixtures.check("multi-domain-table");
        Report alone = Fixtures.check("conforming");
        List<Finding> setAside = table.findings("coverage.local-addition").stream()
                .filter(f -> f.messageId().equals(SET_ASIDE)).toList();
        assertThat(setAside).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.arguments()).containsExactly("2", "教育、卫生健康", "生态环境", "10");
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("教育、卫生健康领域的 2 个事项", "未纳入检查");
            assertThat(f.message(Locale.ENGLISH)).contains("2 rows of other domains (教育、卫生健康) are set aside");
            assertThat(f.location().source()).as("the first row set aside").map(Object::toString)
                    .contains("multi-domain-table.json#/categories/0");
        });
        assertThat(table.findings("coverage.local-addition")).extracting(f -> f.location().category().orElse("-"))
                .as("教育 and 卫生健康 are no local additions").doesNotContain("教育", "卫生健康");
        assertThat(table.coverage()).isEqualTo(alone.coverage());
        assertThat(table.alignment().matches()).hasSameSizeAs(alone.alignment().matches());
    }

    @Test
    void convertKeepsEveryRowOfEveryDomain() throws Exception {
        byte[] json = Fixtures.resource("multi-domain-table.json").getBytes(StandardCharsets.UTF_8);
        ReadResult read = CatalogueReader.read(json, "table.json", ReadLimits.defaults());
        assertThat(read.catalogue().areas()).extracting(Area::name).containsExactly("教育", "生态环境", "卫生健康");
        assertThat(read.catalogue().categories()).hasSize(12);
        Report report = Fixtures.checker("multi-domain-table").check(CheckInput.of(read, "table.json", "0"));
        assertThat(read.catalogue().categories()).as("checking does not change what was read").hasSize(12);
        assertThat(report.findings("coverage.local-addition")).anyMatch(f -> f.messageId().equals(SET_ASIDE));
    }

    @Test
    void theFormerNameOfTheDomainCountsAsItsOwn() {
        Catalogue table = Fixtures.input("multi-domain-table").catalogue();
        Catalogue renamed = withAreas(table, "教育", "环境保护", "卫生健康");
        assertThat(Fixtures.checker("multi-domain-table").check(renamed).findings("coverage.local-addition"))
                .filteredOn(f -> f.messageId().equals(SET_ASIDE)).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("2", "教育、卫生健康", "环境保护", "10"));
    }

    @Test
    void noRowIsSetAsideUnlessTheTableNamesTheDomainAndNoneOfTheParentsAreas() {
        Catalogue table = Fixtures.input("multi-domain-table").catalogue();
        Checker checker = Fixtures.checker("multi-domain-table");
        // No area names the domain: nothing tells this table apart, so every row is checked.
        Catalogue noDomain = withAreas(table, "教育", "民生事项", "卫生健康");
        // One area is the parent's own: a catalogue of this domain with a local area, not a table of domains.
        Catalogue parentArea = withAreas(table, "行政许可", "生态环境", "卫生健康");
        // Only the domain: nothing to set aside.
        Catalogue onlyDomain = withAreas(table, "生态环境");
        for (Catalogue c : List.of(noDomain, parentArea, onlyDomain, Fixtures.input("conforming").catalogue())) {
            assertThat(checker.check(c).findings("coverage.local-addition")).as(c.areas().toString())
                    .noneMatch(f -> f.messageId().equals(SET_ASIDE));
        }
    }
}
