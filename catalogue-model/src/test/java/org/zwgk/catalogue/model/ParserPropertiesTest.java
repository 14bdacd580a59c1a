package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties the canonical JSON relies on, checked on cells stitched at random (fixed seed) from fragments real
 * cells are made of: parsing never throws; the text kept by a citation, a channel or a deadline parses back to the
 * same value (JSON stores only that text); comparison answers the inverse from the other side.
 */
class ParserPropertiesTest {

    private static final String[] FRAGMENTS = {"《", "》", "(", ")", "（", "）", "、", "，", "；", ";", ",", "\n", "。",
        "国令第711号", "第二十六条", "新", "依据", "和", "及", "1.", "一、", "①", "环境保护法", "中办发〔2016〕8号", "[", "]",
        "2018年修正", "试行", " ", "\u00a0", "\u3000", "政府", "条例", "号", "第", "令", "部令第3号", "/", "“", "”", "其他",
        ":", "：", "■", "□", "_", "延长", "可延长", "20个工作日", "7日", "24小时", "自收到申请之日起", "信息形成或者变更之日起",
        "实时", "每月", "按季", "每年1月31日前", "十", "二十", "日", "月", "年", "内", "𠀀", "\u200b", "政府网站", "精准报送"};

    private static List<String> cells(long seed, int count) {
        Random random = new Random(seed);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(10); j >= 0; j--) {
                sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            cells.add(sb.toString());
        }
        return cells;
    }

    @Test
    void everyCitationReadsBackFromItsText() {
        List<String> failures = new ArrayList<>();
        for (String cell : cells(672, 20_000)) {
            for (LegalReference r : LegalReference.parseAll(cell)) {
                if (!LegalReference.parseAll(r.text()).equals(List.of(r)) || r.printed().isBlank()) {
                    failures.add(cell + " → " + r);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyChannelReadsBackFromItsLabel() {
        List<String> failures = new ArrayList<>();
        for (String cell : cells(2019, 20_000)) {
            Channel c;
            try {
                c = Channel.parse(cell);
            } catch (IllegalArgumentException noChannel) {
                continue;
            }
            if (!Channel.parse(c.label()).equals(c)) {
                failures.add(cell + " → " + c);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void deadlinesKeepTheirTextReadBackAndCompareBothWays() {
        List<String> failures = new ArrayList<>();
        List<String> cells = cells(711, 20_000);
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            Deadline a = Deadline.parse(cells.get(i));
            Deadline b = Deadline.parse(cells.get(i + 1));
            if (!a.text().equals(cells.get(i)) || !Deadline.parse(a.text()).equals(a)
                    || b.compareStrictness(a) != a.compareStrictness(b).inverse()) {
                failures.add(a + " vs " + b);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Regressions found by the random cells: junk before a list mark, marks inside brackets, an empty 《》. */
    @ParameterizedTest
    @ValueSource(strings = {"“1.部令第3号", "”①2018年修正及 (]", "1.1.《依据(，新政府", "《》、]中办发〔2016〕8号）"})
    void citationsFoundByRandomCellsReadBack(String cell) {
        for (LegalReference r : LegalReference.parseAll(cell)) {
            assertThat(LegalReference.parseAll(r.text())).as(r.toString()).containsExactly(r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"（□部令第3号)", "□ □新", "其他:1.]可延长", "1. 1.日 自收到申请之日起《"})
    void channelsFoundByRandomCellsReadBack(String text) {
        Channel c = Channel.parse(text);
        assertThat(Channel.parse(c.label())).isEqualTo(c);
    }
}
