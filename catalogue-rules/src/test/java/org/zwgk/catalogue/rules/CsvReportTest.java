package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The csv report: one row per finding, a byte-order mark, and nothing a spreadsheet would run. */
class CsvReportTest {

    private static byte[] bytes(Report report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.byName("csv").orElseThrow().render(report, locale, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> records(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void startsWithAByteOrderMarkAndHasOneRowPerFinding() throws IOException {
        Report report = Fixtures.check("sample-county-shortfalls");
        byte[] bytes = bytes(report, Locale.SIMPLIFIED_CHINESE);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = records(bytes);
        assertThat(rows).hasSize(report.findings().size() + 1);
        assertThat(rows.get(0).get(1)).isEqualTo("规则编号");
        assertThat(rows.get(1).get(1)).isEqualTo("coverage.missing-category");
        assertThat(rows.get(1).get(4)).isEqualTo("建设项目环境影响评价文件审批");
        assertThat(rows.get(1).get(17)).isEqualTo(Integer.toString(report.score().value()));
    }

    @Test
    void cellsAFormulaWouldStartWithAreNeutralised() throws IOException {
        List<CSVRecord> rows = records(bytes(Fixtures.hostileReport(), Locale.SIMPLIFIED_CHINESE));
        List<String> cells = rows.stream().flatMap(r -> r.toList().stream()).toList();
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("'=HYPERLINK("));
        assertThat(cells).anySatisfy(c -> assertThat(c).isEqualTo("'@省级生态环境部门"));
        for (String cell : cells) {
            assertThat(cell).as(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
    }

    @Test
    void englishHeaders() throws IOException {
        List<CSVRecord> rows = records(bytes(Fixtures.check("conforming"), Locale.ENGLISH));
        assertThat(rows.get(0).toList()).contains("Rule", "Severity", "Message", "Legal basis", "Score");
    }
}
