package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether one deadline is at least as strict as another. The rule is to answer only where the answer holds
 * whatever the calendar does (see the comment in {@code DeadlineParser}): N calendar days are never later than N
 * working days, but 7 working days against 10 days depends on weekends and holidays, so it is not comparable.
 * Each row is also checked from the other side, where the answer must be the inverse.
 */
class DeadlineStrictnessTest {

    @ParameterizedTest(name = "{0}  vs  {1}  →  {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # same trigger, same unit
            自该信息形成或者变更之日起10个工作日内 | 自该信息形成或者变更之日起20个工作日内     | STRICTER
            信息形成或变更之日起20个工作日内      | 自该信息形成或者变更之日起20个工作日内     | AS_STRICT
            自收到申请之日起20个工作日内         | 自收到申请之日起15个工作日内             | LOOSER
            自收到申请之日起二十个工作日内        | 自收到申请之日起20个工作日内             | AS_STRICT
            # different triggers
            自收到申请之日起20个工作日内         | 自该信息形成或者变更之日起20个工作日内     | NOT_COMPARABLE
            制定或获取信息之日起20个工作日内      | 自该信息形成或者变更之日起20个工作日内     | NOT_COMPARABLE
            作出决定之日起7个工作日内            | 文件印发后7个工作日内                   | NOT_COMPARABLE
            会议结束后3个工作日内               | 会议结束后3个工作日内                   | NOT_COMPARABLE
            答复期限不得超过7个工作日            | 自收到申请之日起20个工作日内             | NOT_COMPARABLE
            # both unstated: the same row, so the same implicit start
            答复期限不得超过7个工作日            | 10个工作日内                          | STRICTER
            # working days against calendar days and hours
            作出决定之日起10日内                | 作出决定之日起10个工作日内               | STRICTER
            作出决定之日起10个工作日内           | 作出决定之日起10日内                    | LOOSER
            作出决定之日起7个工作日内            | 作出决定之日起10日内                    | NOT_COMPARABLE
            作出决定之日起14日内                | 作出决定之日起5个工作日内                | NOT_COMPARABLE
            作出决定之日起15个自然日内           | 作出决定之日起15日内                    | AS_STRICT
            事件发生后24小时内                 | 事件发生后1日内                        | AS_STRICT
            事件发生后24小时内                 | 事件发生后1个工作日内                   | STRICTER
            事件发生后48小时内                 | 事件发生后3日内                        | STRICTER
            事件发生后72小时内                 | 事件发生后2个工作日内                   | NOT_COMPARABLE
            # extensions
            作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日 | 作出决定之日起7个工作日内 | LOOSER
            自收到申请之日起20个工作日内         | 自收到申请之日起20个工作日内;需要延长答复期限的,可延长20个工作日 | STRICTER
            自收到申请之日起15个工作日内;可延长15个工作日 | 自收到申请之日起20个工作日内;可延长20个工作日 | STRICTER
            自收到申请之日起10个工作日内;可延长10个工作日 | 自收到申请之日起15个工作日内          | NOT_COMPARABLE
            作出决定之日起7个工作日内;可延长10日  | 作出决定之日起7个工作日内                | NOT_COMPARABLE
            # 实时
            实时                             | 自该信息形成或者变更之日起20个工作日内     | STRICTER
            自该信息形成或者变更之日起20个工作日内 | 实时                                 | LOOSER
            实时                             | 作出决定之日起7个工作日内                | STRICTER
            实时                             | 文件印发后7个工作日内                   | STRICTER
            实时                             | 20个工作日内                          | STRICTER
            实时                             | 即时                                 | AS_STRICT
            实时                             | 每月                                 | STRICTER
            实时                             | 自收到申请之日起20个工作日内             | NOT_COMPARABLE
            实时                             | 事件发生后24小时内                     | NOT_COMPARABLE
            实时                             | 2021年6月30日前                       | NOT_COMPARABLE
            # periodic and fixed dates
            每月                             | 每季度                                | STRICTER
            按月                             | 每月                                 | AS_STRICT
            按年度                            | 每季度                                | LOOSER
            每年1月31日前                      | 每年3月31日前                          | STRICTER
            每年                             | 每年1月31日前                          | LOOSER
            每月10日前                        | 每月                                 | STRICTER
            2021年6月30日前                   | 2021年12月31日前                       | STRICTER
            # different kinds
            每月                             | 自该信息形成或者变更之日起20个工作日内     | NOT_COMPARABLE
            2021年6月30日前                   | 每年                                 | NOT_COMPARABLE
            # unrecognized
            定期                             | 每月                                 | NOT_COMPARABLE
            随时                             | 随时                                 | NOT_COMPARABLE
            自该信息形成或者变更之日起20个工作日内 | 及时公开                              | NOT_COMPARABLE
            # composites, clause by clause
            行政处罚的执法决定信息在执法决定作出之日起7个工作日内,其他信息形成或者变更之日起20个工作日内 | 自该信息形成或者变更之日起20个工作日内 | AS_STRICT
            行政处罚的执法决定信息在执法决定作出之日起7个工作日内,其他信息形成或者变更之日起20个工作日内 | 作出决定之日起10个工作日内 | STRICTER
            作出决定之日起5个工作日内,信息形成或者变更之日起30个工作日内 | 作出决定之日起7个工作日内,信息形成或者变更之日起20个工作日内 | NOT_COMPARABLE
            自收到申请之日起20个工作日内 自该信息形成或者变更之日起20个工作日内 | 自收到申请之日起20个工作日内 自该信息形成或者变更之日起20个工作日内 | AS_STRICT
            """)
    void comparesOnlyWhereTheAnswerIsCertain(String a, String b, Strictness expected) {
        Deadline left = Deadline.parse(a);
        Deadline right = Deadline.parse(b);
        assertThat(left.compareStrictness(right)).isEqualTo(expected);
        assertThat(right.compareStrictness(left)).as("from the other side").isEqualTo(expected.inverse());
        assertThat(left.isAtLeastAsStrictAs(right)).isEqualTo(expected.isAtLeastAsStrict());
    }

    @Test
    void everyRecognizedDeadlineIsAsStrictAsItself() {
        for (String text : List.of("自该信息形成或者变更之日起20个工作日内", "实时", "每月", "每年1月31日前", "2021年6月30日前",
                "20个工作日内", "作出决定之日起7个工作日内;可延长7个工作日",
                "行政处罚的执法决定信息在执法决定作出之日起7个工作日内,其他信息形成或者变更之日起20个工作日内")) {
            Deadline d = Deadline.parse(text);
            assertThat(d.compareStrictness(Deadline.parse(text))).as(text).isEqualTo(Strictness.AS_STRICT);
        }
    }

    /** Regression: a conflict between two clauses was hidden when a third clause agreed, and only one way round. */
    @Test
    void aConflictBetweenClausesIsNeverHiddenByAnotherClause() {
        Deadline.Relative decided7 = relative(Trigger.DECISION_MADE, 7);
        Deadline.Relative decided5 = relative(Trigger.DECISION_MADE, 5);
        Deadline.Relative decided10 = relative(Trigger.DECISION_MADE, 10);
        Deadline.Relative formed20 = relative(Trigger.INFORMATION_FORMED_OR_CHANGED, 20);
        Deadline a = new Deadline.Composite(List.of(decided7, formed20), "a");
        Deadline b = new Deadline.Composite(List.of(decided5, decided10, formed20), "b");
        assertThat(a.compareStrictness(b)).isEqualTo(Strictness.NOT_COMPARABLE);
        assertThat(b.compareStrictness(a)).isEqualTo(Strictness.NOT_COMPARABLE);
    }

    @Test
    void nestedCompositesAreComparedByTheirClauses() {
        Deadline inner = new Deadline.Composite(List.of(relative(Trigger.DECISION_MADE, 7)), "inner");
        Deadline outer = new Deadline.Composite(List.of(inner, relative(Trigger.INFORMATION_FORMED_OR_CHANGED, 20)),
                "outer");
        assertThat(outer.compareStrictness(relative(Trigger.DECISION_MADE, 10))).isEqualTo(Strictness.STRICTER);
    }

    @Test
    void spansCompareFromBelowOnlyAcrossUnits() {
        Span tenDays = new Span(10, TimeUnit.CALENDAR_DAY);
        Span tenWorkingDays = new Span(10, TimeUnit.WORKING_DAY);
        Span sevenWorkingDays = new Span(7, TimeUnit.WORKING_DAY);
        assertThat(tenDays.compare(tenWorkingDays)).isEqualTo(Strictness.STRICTER);
        assertThat(sevenWorkingDays.compare(tenDays)).isEqualTo(Strictness.NOT_COMPARABLE);
        assertThat(new Span(240, TimeUnit.HOUR).compare(tenDays)).isEqualTo(Strictness.AS_STRICT);
        assertThat(new Span(0, TimeUnit.WORKING_DAY).compare(new Span(0, TimeUnit.HOUR)))
                .isEqualTo(Strictness.AS_STRICT);
    }

    @Test
    void strictnessAnswersCombine() {
        assertThat(Strictness.AS_STRICT.and(Strictness.STRICTER)).isEqualTo(Strictness.STRICTER);
        assertThat(Strictness.LOOSER.and(Strictness.LOOSER)).isEqualTo(Strictness.LOOSER);
        assertThat(Strictness.STRICTER.and(Strictness.LOOSER)).isEqualTo(Strictness.NOT_COMPARABLE);
        assertThat(Strictness.NOT_COMPARABLE.and(Strictness.AS_STRICT)).isEqualTo(Strictness.NOT_COMPARABLE);
        assertThat(Strictness.STRICTER.inverse()).isEqualTo(Strictness.LOOSER);
        assertThat(Strictness.NOT_COMPARABLE.inverse()).isEqualTo(Strictness.NOT_COMPARABLE);
    }

    private static Deadline.Relative relative(Trigger trigger, int workingDays) {
        return new Deadline.Relative(trigger, new Span(workingDays, TimeUnit.WORKING_DAY), Optional.empty(),
                trigger.label() + workingDays + "个工作日内");
    }
}
