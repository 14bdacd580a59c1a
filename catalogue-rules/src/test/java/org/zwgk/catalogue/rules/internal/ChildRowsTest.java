package org.zwgk.catalogue.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * {@link ChildRows} gives each child category, by identity, what the separate maps it replaced gave: its area and
 * its reader's sources, matched by position, with the last listing winning for an object listed twice; and the
 * row by position agrees with the row by identity.
 */
class ChildRowsTest {

    private static CategorySources at(int row) {
        return new CategorySources(SourceLocation.ofPointer("c.json", "/categories/" + row), Map.of());
    }

    @Test
    void eachCategoryHasItsAreaSourcesAndKeys() {
        Category a = Category.named("建设项目环境影响评价文件审批").code("XK-01").build();
        Category b = Category.named("行政处罚（決定）").build();
        Area permits = Area.of("行政许可", List.of(a));
        Area penalties = Area.of("行政 处罚", List.of(b));
        Catalogue child = Catalogue.builder("c", "county").areas(List.of(permits, penalties)).build();

        ChildRows rows = ChildRows.of(child, List.of(at(0), at(1)));

        assertThat(rows.categories()).containsExactly(a, b);
        assertThat(rows.of(b).area()).isSameAs(penalties);
        assertThat(rows.of(b).areaKey()).isEqualTo(Names.key("行政 处罚"));
        assertThat(rows.of(b).nameKey().text()).isEqualTo(Names.key("行政处罚（決定）"));
        assertThat(rows.of(a).location()).contains(at(0).row());
        assertThat(rows.of(b).sources()).isEqualTo(at(1));
        assertThat(rows.at(1)).isSameAs(rows.of(b));
    }

    @Test
    void aCatalogueBuiltInMemoryHasNoSources() {
        Category a = Category.named("环评审批").build();
        Catalogue child = Catalogue.builder("c", "county").areas(List.of(Area.of("行政许可", List.of(a)))).build();

        ChildRows rows = ChildRows.of(child, List.of());

        assertThat(rows.of(a).sources()).isNull();
        assertThat(rows.of(a).location()).isEqualTo(Optional.empty());
    }

    @Test
    void anObjectListedTwiceIsItsLastListingWhereverItIsAsked() {
        Category twice = Category.named("环评审批").build();
        Category other = Category.named("排污许可").build();
        Area first = Area.of("行政许可", List.of(twice, other));
        Area second = Area.of("其他", List.of(twice));
        Catalogue child = Catalogue.builder("c", "county").areas(List.of(first, second)).build();

        ChildRows withAll = ChildRows.of(child, List.of(at(0), at(1), at(2)));
        assertThat(withAll.of(twice).area()).isSameAs(second);
        assertThat(withAll.of(twice).sources()).isEqualTo(at(2));
        assertThat(withAll.at(0)).isSameAs(withAll.of(twice));
        assertThat(withAll.at(2)).isSameAs(withAll.of(twice));

        // Sources for the first two listings only: the later listing keeps the earlier one's sources.
        ChildRows withTwo = ChildRows.of(child, List.of(at(0), at(1)));
        assertThat(withTwo.of(twice).area()).isSameAs(second);
        assertThat(withTwo.of(twice).sources()).isEqualTo(at(0));
        assertThat(withTwo.of(other).sources()).isEqualTo(at(1));
    }
}
