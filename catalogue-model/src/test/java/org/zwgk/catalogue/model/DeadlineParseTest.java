package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 公开时限 as printed → structured deadline. The table holds every phrasing listed in §2 of the shared
 * channel-and-deadline vocabulary (national rows and local copies), then the other wordings the parser knows.
 * Each row is compared with the whole expected value, so kind, trigger, amount, unit, extension, period, due date
 * and the original text are all asserted at once.
 */
class DeadlineParseTest {

    /** A span as printed in the table (20个工作日, 10日, 24小时), or null for an empty cell. */
    private static Optional<Span> span(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        for (TimeUnit unit : TimeUnit.values()) {
            if (printed.endsWith(unit.label())) {
                String amount = printed.substring(0, printed.length() - unit.label().length());
                return Optional.of(new Span(Integer.parseInt(amount), unit));
            }
        }
        throw new IllegalArgumentException("not a span: " + printed);
    }

    private static Trigger trigger(String label) {
        for (Trigger t : Trigger.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a trigger: " + label);
    }

    private static Period period(String label) {
        for (Period p : Period.values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a period: " + label);
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text                                                          | trigger          | within   | extension
            # §2, national rows
            自该信息形成或者变更之日起20个工作日内                               | 信息形成或者变更   | 20个工作日 |
            自收到申请之日起20个工作日内                                       | 收到申请          | 20个工作日 |
            # §2, local copies
            制定或获取信息之日起20个工作日内                                   | 制定或获取信息     | 20个工作日 |
            信息形成或变更之日起20个工作日内                                   | 信息形成或者变更   | 20个工作日 |
            自信息形成或者变更之日起20个工作日内予以公开                         | 信息形成或者变更   | 20个工作日 |
            信息形成或变更之日起3个工作日内                                    | 信息形成或者变更   | 3个工作日  |
            自该政府信息形成或者变更之日起20个工作日内及时公开                     | 信息形成或者变更   | 20个工作日 |
            作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日   | 作出决定          | 7个工作日  | 7个工作日
            作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日 | 作出决定          | 7个工作日  | 7个工作日
            # other triggers the vocabulary names
            文件印发后7个工作日内                                             | 文件印发          | 7个工作日  |
            文件印发之日起5个工作日内                                         | 文件印发          | 5个工作日  |
            决策出台后10个工作日内                                            | 文件印发          | 10个工作日 |
            执法决定作出之日起7个工作日内                                      | 作出决定          | 7个工作日  |
            特别重大、重大突发事件发生后，应在24小时内                           | 事件发生          | 24小时    |
            # amounts and units
            自收到申请之日起二十个工作日内                                      | 收到申请          | 20个工作日 |
            作出决定之日起10日内                                              | 作出决定          | 10日      |
            作出决定之日起10天内                                              | 作出决定          | 10日      |
            作出决定之日起15个自然日内                                         | 作出决定          | 15日      |
            事件发生后24小时内                                                | 事件发生          | 24小时    |
            收到申请之日起20个工作日内;需要延长答复期限的,可延长20个工作日         | 收到申请          | 20个工作日 | 20个工作日
            # 条例第三十三条 verbatim: the extension cue is far from its amount
            不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。 | 收到申请 | 20个工作日 | 20个工作日
            # no trigger stated
            20个工作日内                                                     | 未说明            | 20个工作日 |
            答复期限不得超过7个工作日                                          | 未说明            | 7个工作日  |
            不超过5个工作日                                                   | 未说明            | 5个工作日  |
            # a trigger in words the parser does not know
            会议结束后3个工作日内                                              | 其他              | 3个工作日  |
            """)
    void relativeDeadlines(String text, String trigger, String within, String extension) {
        assertThat(Deadline.parse(text)).isEqualTo(
                new Deadline.Relative(trigger(trigger), span(within).orElseThrow(), span(extension), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text            | period | due month | due day
            每年1月31日前        | 每年    | 1         | 31
            每年的3月31日前      | 每年    | 3         | 31
            每月                | 每月    |           |
            每月10日前           | 每月    |           | 10
            每季度              | 每季度  |           |
            每季度结束后15日内    | 每季度  |           |
            每半年              | 每半年  |           |
            每周                | 每周    |           |
            每年                | 每年    |           |
            按月                | 每月    |           |
            按月度              | 每月    |           |
            按季                | 每季度  |           |
            按季度              | 每季度  |           |
            按年                | 每年    |           |
            按年度              | 每年    |           |
            按月公开            | 每月    |           |
            """)
    void periodicDeadlines(String text, String period, Integer dueMonth, Integer dueDay) {
        assertThat(Deadline.parse(text)).isEqualTo(
                new Deadline.Periodic(period(period), optionalInt(dueMonth), optionalInt(dueDay), text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"实时", "即时", "实时公开", "即时更新"})
    void realTimeDeadlines(String text) {
        assertThat(Deadline.parse(text)).isEqualTo(new Deadline.RealTime(text));
    }

    @Test
    void fixedDate() {
        assertThat(Deadline.parse("2021年6月30日前"))
                .isEqualTo(new Deadline.FixedDate(LocalDate.of(2021, 6, 30), "2021年6月30日前"));
    }

    @Test
    void penaltyDecisionsAndOtherInformationOnOneCellAreACompositeOfTwoClauses() {
        String text = "行政处罚的执法决定信息在执法决定作出之日起7个工作日内,其他信息形成或者变更之日起20个工作日内";
        assertThat(Deadline.parse(text)).isEqualTo(new Deadline.Composite(List.of(
                new Deadline.Relative(Trigger.DECISION_MADE, new Span(7, TimeUnit.WORKING_DAY), Optional.empty(),
                        "行政处罚的执法决定信息在执法决定作出之日起7个工作日内"),
                new Deadline.Relative(Trigger.INFORMATION_FORMED_OR_CHANGED, new Span(20, TimeUnit.WORKING_DAY),
                        Optional.empty(), "其他信息形成或者变更之日起20个工作日内")), text));
    }

    @Test
    void theMergedSgwjqCellHoldsBothNationalPhrasings() {
        String text = "自收到申请之日起20个工作日内 自该信息形成或者变更之日起20个工作日内";
        Deadline d = Deadline.parse(text);
        assertThat(d).isInstanceOfSatisfying(Deadline.Composite.class, c -> {
            assertThat(c.text()).isEqualTo(text);
            assertThat(c.parts()).extracting(p -> ((Deadline.Relative) p).trigger())
                    .containsExactly(Trigger.REQUEST_RECEIVED, Trigger.INFORMATION_FORMED_OR_CHANGED);
            assertThat(c.parts()).extracting(p -> ((Deadline.Relative) p).within())
                    .containsOnly(new Span(20, TimeUnit.WORKING_DAY));
        });
    }

    @Test
    void aCompositeKeepsTheExtensionWithItsOwnClause() {
        Deadline d = Deadline.parse("作出决定之日起7个工作日内，可延长7个工作日；其他信息形成或者变更之日起20个工作日内");
        assertThat(d).isInstanceOfSatisfying(Deadline.Composite.class, c -> {
            assertThat(c.parts()).hasSize(2);
            assertThat(((Deadline.Relative) c.parts().get(0)).extension())
                    .contains(new Span(7, TimeUnit.WORKING_DAY));
            assertThat(((Deadline.Relative) c.parts().get(1)).extension()).isEmpty();
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"定期", "随时", "长期公开", "按规定时限", "", "   ", "每年13月40日前", "2021年2月30日前",
            "每月45日前", "99999999999个工作日内", "自收到申请之日起个工作日内", "第二十六条", "。。。", "\u0000"})
    void unknownTextIsUnrecognizedAndKeptAsItWas(String text) {
        Deadline d = Deadline.parse(text);
        assertThat(d).isEqualTo(new Deadline.Unrecognized(text));
        assertThat(d.isRecognized()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void nullIsUnrecognizedEmptyText(String text) {
        assertThat(Deadline.parse(text)).isEqualTo(new Deadline.Unrecognized(""));
    }

    @Test
    void parsingNeverThrows() {
        String[] fragments = {"自", "收到申请", "之日起", "20", "二十", "个工作日", "日", "小时", "内", ";", "，", "可延长",
            "每", "按", "月", "年", "季度", "实时", "1月31日", "前", "《", "(", "〔", "9999999", "\n", " "};
        java.util.Random random = new java.util.Random(672);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                sb.append(fragments[random.nextInt(fragments.length)]);
            }
            String text = sb.toString();
            assertThatCode(() -> assertThat(Deadline.parse(text).text()).isEqualTo(text)).as(text)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void parsingIsRepeatable() {
        String text = "作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日";
        assertThat(Deadline.parse(Deadline.parse(text).text())).isEqualTo(Deadline.parse(text));
    }
}
