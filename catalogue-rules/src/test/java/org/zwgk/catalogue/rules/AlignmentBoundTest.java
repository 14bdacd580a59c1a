package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.DisclosureMode;

/** Similarity pairing is quadratic; two huge catalogues with nothing in common must not make the check hang. */
class AlignmentBoundTest {

    private static Catalogue catalogue(String id, String prefix, int size) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            categories.add(Category.named(prefix + i).content("内容" + i).deadline("自该信息形成或者变更之日起20个工作日内")
                    .channels("政府网站").audience(Audience.PUBLIC).mode(DisclosureMode.PROACTIVE).owner("县级生态环境部门")
                    .build());
        }
        return Catalogue.builder(id, id).areas(List.of(new Area(java.util.Optional.empty(), "区域", categories)))
                .build();
    }

    @Test
    void beyondTheBoundSimilarityPairingIsSkippedAndTheReportSaysSo() {
        Report r = Checker.against(catalogue("parent", "上级事项甲乙丙", 2_001)).asOf(Fixtures.AS_OF).build()
                .check(catalogue("child", "本地条目丁戊己", 2_001));
        assertThat(r.skipped()).filteredOn(s -> s.reasonId().equals("skip.similarity-capped")).singleElement()
                .satisfies(s -> assertThat(s.reason(Locale.SIMPLIFIED_CHINESE)).contains("2001", "4000000"));
        assertThat(r.alignment().ofKind(MatchKind.ADDED)).hasSize(2_001);
        assertThat(r.coverage().missing()).isEqualTo(2_001);
    }

    @Test
    void withinTheBoundRenamedRowsArePaired() {
        Report r = Checker.against(catalogue("parent", "上级事项甲乙丙", 30)).asOf(Fixtures.AS_OF).build()
                .check(catalogue("child", "上级事项甲乙丙丁", 1));
        assertThat(r.skipped()).noneMatch(s -> s.reasonId().equals("skip.similarity-capped"));
        assertThat(r.alignment().ofKind(MatchKind.SIMILAR)).hasSize(1);
    }
}
