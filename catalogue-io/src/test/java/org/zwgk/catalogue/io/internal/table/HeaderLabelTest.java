package org.zwgk.catalogue.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderLabelTest {

    @Test
    void labelsAreReadWithTheirNotesAndDataCellsAreNotLabels() {
        assertThat(HeaderLabel.classify("公开内容（要素）")).map(HeaderLabel::kind).contains(ColumnKind.CONTENT);
        assertThat(HeaderLabel.classify("公开依据")).map(HeaderLabel::kind).contains(ColumnKind.LEGAL_BASIS);
        assertThat(HeaderLabel.classify("二级事项（“■”表示必选项，“□”表示可选项，可多选）")).map(HeaderLabel::kind)
                .contains(ColumnKind.NAME);
        assertThat(HeaderLabel.classify("二级事项（注：本目录所列事项以国家和省有关规定为准，各地可结合实际细化调整）"))
                .map(HeaderLabel::kind).contains(ColumnKind.NAME);
        assertThat(HeaderLabel.classify("自该信息形成或者变更之日起20个工作日内")).isEmpty();
        assertThat(HeaderLabel.classify("12345")).isEmpty();
    }
}
