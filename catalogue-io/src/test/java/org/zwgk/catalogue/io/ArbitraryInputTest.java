package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Tables made of real catalogue fragments in random arrangements (a fixed seed, so every run is the same) are
 * read without any exception other than {@link UnreadableInputException}; whatever is read is a valid value.
 */
class ArbitraryInputTest {

    private static final String[] FRAGMENTS = {"", "", "", "序号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据",
        "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "全社会", "特定群体", "主动", "依申请", "市级",
        "乡、村级", "备注", "√", "■", "是", "待定", "不涉及", "不适用（无）", "《》", "《", "》", "1.", "2.", "①②", "■□",
        "□其他____", "“■”表示必选项", "自该信息形成或者变更之日起20个工作日内", "每年1月31日前", "行政许可", "建设项目环境影响评价文件审批",
        "受理环节：", "、", "；", "\n", "\"", ",", "（", "）", "事项编码", "可信度", "high", "推定字段", "content", "x"};

    @Test
    void randomTablesOfCatalogueFragmentsNeverThrow() throws Exception {
        Random random = new Random(20191105L);
        int read = 0;
        for (int n = 0; n < 400; n++) {
            String csv = table(random);
            try {
                ReadResult result = CsvReadingTest.read(csv.getBytes(StandardCharsets.UTF_8), "random.csv");
                assertThat(result.sources()).hasSize(result.catalogue().categoryCount());
                result.problems().forEach(p -> assertThat(p.messageEn()).isNotBlank());
                read++;
            } catch (UnreadableInputException expected) {
                assertThat(expected.problem().messageId()).startsWith("io.");
            }
        }
        assertThat(read).isPositive();
    }

    private static String table(Random random) {
        List<String> lines = new ArrayList<>();
        lines.add("序号,一级事项,二级事项,公开内容,公开依据,公开时限,全社会,主动,市级,公开渠道和载体");
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            int width = 1 + random.nextInt(12);
            for (int c = 0; c < width; c++) {
                StringBuilder cell = new StringBuilder();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    cell.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
                cells.add("\"" + cell.toString().replace("\"", "\"\"") + "\"");
            }
            lines.add(String.join(",", cells));
        }
        if (random.nextBoolean()) {
            lines.add(random.nextInt(lines.size()), lines.get(0));
        }
        return String.join("\n", lines);
    }
}
