package org.zwgk.catalogue.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.model.internal.Text;

class HeaderLabelTest {

    /** Ideographs among what folding composes, decomposes, widens or drops: jamo, combining marks, compatibility forms. */
    private static final String ALPHABET = "生态环境部门行政许可处罚决定书公开内容要素依据时限主体（）()《》 \n\u3000"
            + "\u1100\u1161\u11a8\u0301\u0308\u037a\u309b\u309a\uff76\uff9e\u2f00\uf900\u32c0\u3280\u2460ﬁＡ１";

    private static final String[] LABELS = {"二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体"};

    @Test
    void aTextRefusedForItsIdeographsHasAMatchKeyTooLongForALabel() {
        SplittableRandom random = new SplittableRandom(672);
        int refused = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            if (random.nextInt(4) == 0) {
                s.append(LABELS[random.nextInt(LABELS.length)]); // a label, then a note long enough to refuse
            }
            int length = 8 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            if (!HeaderLabel.mayBeLabel(text)) {
                refused++;
                assertThat(Text.matchKey(HeaderLabel.core(text)).length()).as(text)
                        .isGreaterThan(HeaderLabel.MAX_LABEL);
                assertThat(HeaderLabel.classify(text)).as(text).isEmpty();
            }
        }
        assertThat(refused).isGreaterThan(1_000);
    }

    @Test
    void labelsAndDataCellsAreToldApartAsBefore() {
        assertThat(HeaderLabel.classify("公开内容（要素）")).map(HeaderLabel::kind).contains(ColumnKind.CONTENT);
        assertThat(HeaderLabel.classify("公开依据")).map(HeaderLabel::kind).contains(ColumnKind.LEGAL_BASIS);
        assertThat(HeaderLabel.classify("二级事项（“■”表示必选项，“□”表示可选项，可多选）")).map(HeaderLabel::kind)
                .contains(ColumnKind.NAME);
        assertThat(HeaderLabel.mayBeLabel("自该信息形成或者变更之日起20个工作日内")).isFalse();
        String noted = "二级事项（注：本目录所列事项以国家和省有关规定为准，各地可结合实际细化调整）";
        assertThat(HeaderLabel.mayBeLabel(noted)).isTrue();
        assertThat(HeaderLabel.classify(noted)).map(HeaderLabel::kind).contains(ColumnKind.NAME);
        assertThat(HeaderLabel.classify("自该信息形成或者变更之日起20个工作日内")).isEmpty();
    }
}
